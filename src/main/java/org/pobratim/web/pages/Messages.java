package org.pobratim.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.pobratim.names.SerbianScript;

/**
 * The UI strings of the pages in {@code web/messages/messages_<tag>.properties} (UTF-8). English and Serbian Latin
 * are curated; Serbian Cyrillic is the Latin text transliterated, except for keys that
 * {@code messages_sr-Cyrl.properties} curates (names that are not Serbian, such as GeoNames).
 */
final class Messages {
    private final Map<Lang, Map<String, String>> byLang;

    private Messages(Map<Lang, Map<String, String>> byLang) {
        this.byLang = byLang;
    }

    static Messages bundled() {
        Map<Lang, Map<String, String>> all = new EnumMap<>(Lang.class);
        all.put(Lang.EN, load("en"));
        Map<String, String> latin = load("sr-Latn");
        all.put(Lang.SR_LATN, latin);
        Map<String, String> cyrillic = new TreeMap<>();
        latin.forEach((key, text) -> cyrillic.put(key, SerbianScript.toCyrillic(text)));
        cyrillic.putAll(load("sr-Cyrl"));
        all.put(Lang.SR_CYRL, cyrillic);
        return new Messages(all);
    }

    static Map<String, String> load(String tag) {
        String name = "/web/messages/messages_" + tag + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a key; a missing key shows as itself in brackets (and fails the bundle test). */
    String get(Lang lang, String key, Object... arguments) {
        String text = byLang.get(lang).get(key);
        if (text == null) {
            return "[" + key + "]";
        }
        return arguments.length == 0 ? text : new MessageFormat(text.replace("'", "''"), lang.locale())
                .format(arguments);
    }

    Map<String, String> all(Lang lang) {
        return byLang.get(lang);
    }
}
