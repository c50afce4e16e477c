package org.pobratim.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SerbianScriptTest {
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
    private static final String LATIN = "abvgdđežzijklljmnnjoprstćufhcčdžš";

    @Test
    void everyLetterRoundTripsInBothCases() {
        assertThat(SerbianScript.toLatin(CYRILLIC)).isEqualTo(LATIN);
        assertThat(SerbianScript.toCyrillic(LATIN)).isEqualTo(CYRILLIC);
        for (int i = 0; i < CYRILLIC.length(); i++) {
            String lower = CYRILLIC.substring(i, i + 1);
            String upper = lower.toUpperCase();
            assertThat(SerbianScript.toCyrillic(SerbianScript.toLatin(lower))).isEqualTo(lower);
            assertThat(SerbianScript.toCyrillic(SerbianScript.toLatin(upper + "а"))).isEqualTo(upper + "а");
            assertThat(SerbianScript.toCyrillic(SerbianScript.toLatin(upper + upper))).isEqualTo(upper + upper);
        }
    }

    @Test
    void placeNamesTransliterate() {
        assertThat(SerbianScript.toCyrillic("Šabac")).isEqualTo("Шабац");
        assertThat(SerbianScript.toCyrillic("Inđija")).isEqualTo("Инђија");
        assertThat(SerbianScript.toCyrillic("Ljubovija")).isEqualTo("Љубовија");
        assertThat(SerbianScript.toCyrillic("LJUBOVIJA")).isEqualTo("ЉУБОВИЈА");
        assertThat(SerbianScript.toCyrillic("Njegoševo, Džep")).isEqualTo("Његошево, Џеп");
        assertThat(SerbianScript.toCyrillic("Bačka Palanka")).isEqualTo("Бачка Паланка");
        assertThat(SerbianScript.toLatin("Ћуприја")).isEqualTo("Ćuprija");
        assertThat(SerbianScript.toCyrillic("Niš 2, Q")).isEqualTo("Ниш 2, Q");
    }

    @Test
    void detectsCyrillic() {
        assertThat(SerbianScript.isCyrillic("Ниш")).isTrue();
        assertThat(SerbianScript.isCyrillic("Niš")).isFalse();
    }
}
