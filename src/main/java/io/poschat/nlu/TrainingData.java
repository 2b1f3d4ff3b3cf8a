package io.poschat.nlu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a training file in OpenNLP's document-categorizer format: one {@code label text} per line.
 * Blank lines and lines starting with {@code #} are skipped. Every malformed line is reported with
 * its number, and nothing is returned unless the whole file is sound.
 */
public final class TrainingData {

    private static final int MAX_PROBLEMS_LISTED = 20;

    private TrainingData() {}

    public static List<LabeledText> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<LabeledText> data = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            try {
                String line =
                        utf8.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
                parse(line, number, data, problems);
            } catch (CharacterCodingException e) {
                problems.add("line " + number + ": not valid UTF-8");
            }
            start = end + 1;
        }
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            int more = problems.size() - MAX_PROBLEMS_LISTED;
            problems = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_LISTED));
            problems.add("... and " + more + " more");
        }
        if (!problems.isEmpty()) {
            throw new TrainingDataException(file, problems);
        }
        return data;
    }

    private static void parse(String line, int number, List<LabeledText> data, List<String> problems) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        String[] parts = trimmed.split("\\s+", 2);
        String problem = problem(parts);
        if (problem == null) {
            data.add(new LabeledText(parts[0], parts[1]));
        } else {
            problems.add("line " + number + ": " + problem + ": " + abbreviate(trimmed));
        }
    }

    private static String problem(String[] parts) {
        if (String.join(" ", parts).codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
            return "contains control or replacement characters";
        }
        if (parts.length < 2) {
            return "missing text after the label (a line is 'label text')";
        }
        if (TextNormalizer.tokens(parts[1]).length == 0) {
            return "text has no words";
        }
        return null;
    }

    private static String abbreviate(String line) {
        String visible = line.replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= 60 ? visible : visible.substring(0, 57) + "...";
    }
}
