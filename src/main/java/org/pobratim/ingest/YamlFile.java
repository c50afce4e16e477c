package org.pobratim.ingest;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the bytes of one data file into a YAML node tree, or reports the line that makes the file unreadable and
 * why: a byte that is not UTF-8, a character YAML forbids, nesting or aliases past SnakeYAML's limits. SnakeYAML
 * gives no line for any of these (a character offset at best), so the line is worked out here.
 */
final class YamlFile {
    private YamlFile() {
    }

    /** The root node; empty for an empty file, or after reporting why the file cannot be read. */
    static Optional<Node> compose(String file, byte[] bytes, List<Problem> problems) {
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        try {
            return Optional.ofNullable(new Yaml(new SafeConstructor(options)).compose(new StringReader(text.get())));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(new Problem(file, line, null, "broken YAML: " + e.getProblem()
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "")));
        } catch (ReaderException e) {
            problems.add(forbiddenCharacter(file, text.get(), e));
        } catch (YAMLException e) {
            problems.add(pastLimit(file, text.get(), options)
                    .orElse(new Problem(file, 0, null, "cannot be read: " + e.getMessage())));
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String file, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes, so the buffer cannot overflow
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            // the decoder stops at the first malformed byte, with everything before it in out
            String bad = String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF);
            problems.add(new Problem(file, lineAt(out, out.length()), null, "is not valid UTF-8 (byte " + bad + ")"));
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** SnakeYAML gives the position in code points from the start of the file. */
    private static Problem forbiddenCharacter(String file, String text, ReaderException e) {
        int c = e.getCodePoint();
        String why = c == 0 ? "contains a NUL character"
                : String.format(Locale.ROOT, "contains the character U+%04X, which YAML does not allow", c);
        int position = e.getPosition();
        int line = position >= 0 && position <= text.codePointCount(0, text.length())
                ? lineAt(text, text.offsetByCodePoints(0, position)) : 0;
        return new Problem(file, line, null, why);
    }

    /**
     * Walks the parse events as SnakeYAML's composer does (it counts a node's ancestors, and aliases of lists and
     * mappings only) to the event where its nesting or alias limit is crossed. Events never expand aliases, so this
     * stays cheap on the inputs the limits are there for.
     */
    private static Optional<Problem> pastLimit(String file, String text, LoaderOptions options) {
        Set<String> collectionAnchors = new HashSet<>();
        int depth = 0;
        int aliases = 0;
        try {
            for (Event event : new Yaml(new SafeConstructor(options)).parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias) {
                    if (collectionAnchors.contains(alias.getAnchor()) && ++aliases > options.getMaxAliasesForCollections()) {
                        return Optional.of(new Problem(file, line(event.getStartMark()), null, "uses more than "
                                + options.getMaxAliasesForCollections() + " aliases of lists or mappings"));
                    }
                } else if (event instanceof NodeEvent node) {
                    if (depth > options.getNestingDepthLimit()) {
                        return Optional.of(new Problem(file, line(event.getStartMark()), null, "nested deeper than "
                                + options.getNestingDepthLimit() + " levels"));
                    }
                    if (node.getAnchor() != null && node instanceof CollectionStartEvent) {
                        collectionAnchors.add(node.getAnchor());
                    } else if (node.getAnchor() != null) {
                        collectionAnchors.remove(node.getAnchor()); // a later anchor of the same name wins
                    }
                    if (node instanceof CollectionStartEvent) {
                        depth++;
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // broken before any limit: the composer's own message is all there is to say
        }
        return Optional.empty();
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /** The line of a position, counting line breaks as SnakeYAML's marks do (\n, \r alone, NEL, LS, PS). */
    private static int lineAt(CharSequence text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean crAlone = c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || crAlone) {
                line++;
            }
        }
        return line;
    }
}
