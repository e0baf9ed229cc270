package dev.pith.classify;

import dev.pith.Label;
import dev.pith.doc.Document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions and answers that close an interview: the run of prose ends where the turns get short
 * ("Q: Favorite apps?", "A: Uber Eats"), as a list's items do. The evidence is the turns themselves:
 * the run already alternates between two speakers' marks ("Q:" and "A:", "P:" and "R:", two people's
 * initials), whatever the language, and the lines after it go on alternating.
 *
 * <p>Stateless and thread-safe.
 */
final class Interview {

    /** A speaker's mark: one to three capitals and a colon opening the line. */
    private static final Pattern MARK = Pattern.compile("^(\\p{Lu}{1,3}):\\s");
    /** How far back from the run's end the turns are looked for. */
    private static final int LOOK_BACK = 10;
    /** Turns the run must hold, alternating, for its end to be an interview's. */
    private static final int MIN_TURNS = 4;

    private Interview() {
    }

    /** The index of the interview's last turn after block {@code end}, or {@code end} when none follows. */
    static int extend(Document doc, int end) {
        if (end < 0 || end + 1 >= doc.size()) {
            return end;
        }
        String last = mark(doc.text(end));
        String other = last == null ? null : otherSpeaker(doc, end, last);
        if (other == null) {
            return end;
        }
        int out = end;
        String expected = other;
        for (int i = end + 1; i < doc.size(); i++) {
            if (doc.is(i, Label.MEDIA)) {
                continue; // a picture between the turns
            }
            if (doc.isDecided(i) || !expected.equals(mark(doc.text(i)))) {
                break;
            }
            out = i;
            expected = expected.equals(other) ? last : other;
        }
        return out;
    }

    /**
     * The other speaker's mark when the marked blocks just above {@code end} alternate between two marks
     * at least {@value #MIN_TURNS} times, or null.
     */
    private static String otherSpeaker(Document doc, int end, String last) {
        String other = null;
        String previous = last;
        int turns = 1;
        for (int j = end - 1; j >= Math.max(0, end - LOOK_BACK); j--) {
            String m = mark(doc.text(j));
            if (m == null) {
                continue; // an answer may run over several paragraphs
            }
            if (m.equals(previous)) {
                return null; // the same speaker twice in a row: no dialogue
            }
            if (other == null) {
                other = m;
            } else if (!m.equals(other) && !m.equals(last)) {
                return null; // a third speaker: a transcript, not questions and answers
            }
            previous = m;
            turns++;
        }
        return turns >= MIN_TURNS ? other : null;
    }

    private static String mark(String text) {
        Matcher m = MARK.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
