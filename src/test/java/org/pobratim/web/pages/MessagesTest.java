package org.pobratim.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles stay in sync, and every key the templates and views use exists. */
class MessagesTest {
    private static final Pattern KEY_USE = Pattern.compile("\\bt\\(\"([a-zA-Z.-]+)\"");

    @Test
    void englishAndSerbianHaveTheSameKeysAndCyrillicCuratesOnlyExistingOnes() {
        Map<String, String> en = Messages.load("en");
        Map<String, String> latin = Messages.load("sr-Latn");
        assertThat(latin.keySet()).isEqualTo(en.keySet());
        assertThat(en.keySet()).containsAll(Messages.load("sr-Cyrl").keySet());
        assertThat(latin.values()).noneMatch(String::isBlank);
    }

    @Test
    void cyrillicIsTheLatinTextTransliteratedUnlessCurated() {
        Messages messages = Messages.bundled();
        assertThat(messages.get(Lang.SR_CYRL, "city.family")).isEqualTo("Градови побратими и партнери");
        assertThat(messages.get(Lang.SR_CYRL, "footer.data")).contains("GeoNames").contains("Подаци");
        assertThat(messages.get(Lang.SR_LATN, "home.counts", 3, 2, 1, 1)).startsWith("3 veza 2 gradova");
        assertThat(messages.get(Lang.EN, "no.such.key")).isEqualTo("[no.such.key]");
    }

    @Test
    void everyFeatureAndLivenessHasItsSentenceInBothCuratedLanguages() {
        for (String tag : new String[] {"en", "sr-Latn"}) {
            java.util.Map<String, String> keys = Messages.load(tag);
            for (org.pobratim.explain.FeatureName name : org.pobratim.explain.FeatureName.values()) {
                if (name != org.pobratim.explain.FeatureName.DOCUMENTED_REASON) {
                    assertThat(keys).as(tag).containsKey(ExplainText.evidenceKey(name));
                }
            }
            for (String measure : java.util.List.of("degree", "betweenness", "closeness", "pagerank")) {
                assertThat(keys).as(tag).containsKey(NetworkModel.centralKey(measure));
            }
            for (org.pobratim.explain.Liveness state : org.pobratim.explain.Liveness.values()) {
                assertThat(keys).as(tag).containsKey(ExplainText.livenessKey(state));
            }
            for (org.pobratim.curation.Proposal.State state : org.pobratim.curation.Proposal.State.values()) {
                assertThat(keys).as(tag).containsKey(CurationPages.stateKey(state));
            }
            for (org.pobratim.account.Role role : org.pobratim.account.Role.values()) {
                assertThat(keys).as(tag).containsKey(AccountPages.roleKey(role));
            }
        }
    }

    @Test
    void everyKeyTheTemplatesAndViewsUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/org/pobratim/web/pages")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY_USE.matcher(Files.readString(file));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(Messages.load("en").keySet()).containsAll(used);
    }

    @Test
    void everyKindStatusReasonAdminActivityAndConflictCodeHasALabelInAllThreeLanguages() {
        Messages messages = Messages.bundled();
        assertThat(PageText.LABELS.keySet()).extracting(Class::getSimpleName).contains("AgreementKind", "TieState",
                "ReasonCategory", "AdminType", "ActivityKind", "ConflictTopic");
        PageText.LABELS.forEach((type, prefix) -> {
            for (org.pobratim.atlas.Coded value : type.getEnumConstants()) {
                String key = prefix + "." + value.code();
                for (Lang lang : Lang.values()) {
                    assertThat(messages.all(lang)).as(lang.tag() + " " + key).containsKey(key);
                    assertThat(messages.all(lang).get(key)).as(lang.tag() + " " + key).isNotBlank();
                }
            }
        });
    }
}
