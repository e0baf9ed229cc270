package dev.pith.lang;

import com.ibm.icu.lang.UScript;
import dev.pith.DetectedLanguage;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells apart the languages that share a script (Latin, Cyrillic, Arabic) with the n-gram profiles.
 *
 * <p>Splits the text into words of letters known to the profiles (lower-cased; combining marks inside a
 * word are skipped rather than splitting it), costs every word under each candidate language and
 * answers the cheapest, with the posterior probability under a uniform prior as its confidence.
 *
 * <p>Immutable and thread-safe.
 */
final class ProfileDetector {
    private final NgramProfiles profiles;
    private final NgramScorer scorer;
    /** For each ICU script code with profiles, which languages are written in it. Never mutated. */
    private final Map<Integer, boolean[]> candidatesByScript;

    ProfileDetector(NgramProfiles profiles) {
        this.profiles = profiles;
        this.scorer = new NgramScorer(profiles);
        Map<Integer, boolean[]> byScript = new HashMap<>();
        for (int l = 0; l < profiles.languageCount(); l++) {
            int code = UScript.getCodeFromName(profiles.script(l));
            byScript.computeIfAbsent(code, k -> new boolean[profiles.languageCount()])[l] = true;
        }
        this.candidatesByScript = Map.copyOf(byScript);
    }

    /** Whether some profile is written in {@code script} (an ICU {@link UScript} code). */
    boolean handles(int script) {
        return candidatesByScript.containsKey(script);
    }

    /** Detects among the languages written in {@code script}; never null. */
    DetectedLanguage detect(CharSequence text, int script) {
        boolean[] candidate = candidatesByScript.get(script);
        if (candidate == null) return DetectedLanguage.UNDETERMINED;
        int len = text.length();
        NgramScorer.Scratch s = new NgramScorer.Scratch(profiles.languageCount(), len);
        int letters = 0;
        int n = 0;
        for (int i = 0; i < len; i++) {
            int index = profiles.charClass(text.charAt(i));
            if (index == NgramProfiles.SKIP) continue;
            if (index == 0) {
                n = 0; // a word break
                continue;
            }
            // Words are scored in pieces of at most MAX_WORD letters.
            s.add(index, n);
            letters++;
            n = n + 1 == NgramScorer.MAX_WORD ? 0 : n + 1;
        }
        if (letters == 0) return DetectedLanguage.UNDETERMINED;
        scorer.score(s);
        return decide(s, candidate);
    }

    private DetectedLanguage decide(NgramScorer.Scratch s, boolean[] candidate) {
        int best = -1;
        for (int l = 0; l < candidate.length; l++) {
            if (candidate[l] && (best < 0 || s.total(l) < s.total(best))) best = l;
        }
        if (best < 0) return DetectedLanguage.UNDETERMINED;
        // Posterior of the best language: 1 / sum over languages of exp(-(cost - best cost)).
        double sum = 0;
        for (int l = 0; l < candidate.length; l++) {
            if (candidate[l]) sum += Math.exp(-(s.total(l) - s.total(best)) / profiles.steps());
        }
        return new DetectedLanguage(profiles.tag(best), Math.min(1.0, Math.max(0.0, 1.0 / sum)));
    }
}
