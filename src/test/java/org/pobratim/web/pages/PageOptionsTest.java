package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageOptionsTest {
    @Test
    void withoutATileServerTheBrowserMayLoadNothingFromOutside() {
        assertThat(PageOptions.OFFLINE.contentSecurityPolicy()).contains("default-src 'self'")
                .contains("img-src 'self' data:;").doesNotContain("http");
    }

    @Test
    void aConfiguredTileServerIsTheOneOriginAdmittedForImages() {
        PageOptions tiles = new PageOptions("https://{s}.tile.example.org/{z}/{x}/{y}.png", "© Example");
        assertThat(tiles.contentSecurityPolicy()).contains("img-src 'self' data: https://*.tile.example.org;");
        assertThat(new PageOptions("https://tiles.example.net:8443/{z}/{x}/{y}.png", null).contentSecurityPolicy())
                .contains("https://tiles.example.net:8443;");
        assertThatThrownBy(() -> new PageOptions("ftp://tiles/{z}/{x}/{y}.png", null))
                .hasMessageContaining("must be an http(s) URL template");
        assertThat(new PageOptions(" ", null).tileUrl()).isNull();
    }

    @Test
    void browsersGetSerbianLatinUnlessTheyAskForCyrillic() {
        assertThat(Lang.preferred("sr-RS,sr;q=0.9,en;q=0.8")).isEqualTo(Lang.SR_LATN);
        assertThat(Lang.preferred("sr-Cyrl-RS")).isEqualTo(Lang.SR_CYRL);
        assertThat(Lang.preferred("de-DE,en;q=0.5")).isEqualTo(Lang.EN);
        assertThat(Lang.preferred(null)).isEqualTo(Lang.EN);
    }
}
