package org.vedika.recurring.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vedika.search.control.Concepts;
import org.vedika.search.control.SearchText;

/**
 * How alike two problems are, as the probability that they are the same recurring problem raised in
 * two places. The words come from the search analysis ({@link SearchText}: ICU segments Khmer,
 * which has no spaces between words), minus function words; the title's words count twice, since a
 * title names the problem and a description wanders. Place names are taken out first ({@link
 * PlaceNames}): a recurring problem is one issue in different places, and two posts naming the same
 * commune are not alike for that. A pair is described by its {@link #measures}:
 *
 * <ul>
 *   <li>the cosine of the two word-count vectors — shared vocabulary;
 *   <li>the cosine of character trigrams inside words — Khmer spellings vary (ប.ស.ស / បសស, with or
 *       without a coeng), and English has plural and tense endings, which whole words miss;
 *   <li>the cosine of the concepts the words stand for ({@link #CONCEPTS}: "refused", "would not
 *       take" and បដិសេធ are one concept; so are "poor card", IDPoor and ប័ណ្ណសមធម៌) — two people
 *       describe one problem in different words far more often than in the same ones;
 *   <li>for a Khmer post and an English one, whose words and spellings cannot meet, the concepts'
 *       cosine alone, as a measure of its own;
 *   <li>whether the two are filed under different categories (two authors may file one problem
 *       under neighbouring topics, but it takes more shared words to say so), and whether they are
 *       in different languages.
 * </ul>
 *
 * <p>How much each measure counts, and the probability from which Vedika suggests a grouping, are
 * learnt ({@link SimilarityModel}); the figures on the labelled pairs are in {@code
 * docs/benchmarks.md} and asserted by {@code SimilarityQualityTest}.
 */
public final class Similarity {

  /** How a concept's term starts: no word of a post does. */
  static final String CONCEPT = "§";

  /** Words that say nothing about which problem a post is about. */
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          // English
          "a",
          "about",
          "after",
          "again",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "for",
          "from",
          "get",
          "got",
          "had",
          "has",
          "have",
          "he",
          "her",
          "here",
          "him",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "just",
          "me",
          "my",
          "no",
          "not",
          "now",
          "of",
          "on",
          "one",
          "or",
          "our",
          "out",
          "please",
          "she",
          "so",
          "some",
          "still",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "they",
          "this",
          "to",
          "too",
          "us",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "who",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          // Khmer
          "និង",
          "នៅ",
          "ដែល",
          "ជា",
          "មាន",
          "ទៅ",
          "ពី",
          "ក្នុង",
          "របស់",
          "នេះ",
          "នោះ",
          "ខ្ញុំ",
          "យើង",
          "គាត់",
          "គេ",
          "ថា",
          "ទេ",
          "បាន",
          "មិន",
          "ឲ្យ",
          "អោយ",
          "ឱ្យ",
          "ដើម្បី",
          "ហើយ",
          "ក៏",
          "ដល់",
          "តែ",
          "នឹង",
          "ពេល",
          "ត្រូវ",
          "ទាំង",
          "សូម",
          "ផង",
          "ណាស់",
          "ដូច",
          "ឬ",
          "បើ",
          "ព្រោះ",
          "លើ",
          "ខ្លះ",
          "អ្វី",
          "ទៀត",
          "ដោយ",
          "នូវ",
          "ចំពោះ",
          "ហេតុ",
          "អី",
          "រួច",
          "ចង់",
          "កំពុង",
          "ប៉ុន្តែ",
          "គឺ",
          "ដែរ",
          "ឡើយ",
          "នាក់",
          "ខែ",
          "ឆ្នាំ",
          "ថ្ងៃ",
          "ពួក");

  /**
   * What people say the same way in other words, in Khmer and English: each group is one concept,
   * counted as a term of its own next to the words themselves ("refused", "would not accept",
   * បដិសេធ all count as refusing). The search feature's concept groups ({@code concepts.txt},
   * {@link Concepts}): one text-understanding layer for search and grouping.
   */
  static final Map<String, String> CONCEPTS = concepts(Concepts.shipped());

  static Map<String, String> concepts(Concepts groups) {
    var concepts = new HashMap<String, String>();
    for (var group : groups.groups()) {
      for (var word : group.words()) {
        concepts.putIfAbsent(word, CONCEPT + group.name());
      }
    }
    return Map.copyOf(concepts);
  }

  private Similarity() {}

  /** A problem as the measure sees it. */
  public record Text(String category, String title, String body) {}

  /**
   * How many problems of the forum use each word and trigram: a word most problems use ("card",
   * "commune") says less about which problem a post is about than a rare one ("deducts",
   * "scaffold"). Weight: {@code ln(1 + documents / (1 + frequency))}; without a vocabulary every
   * term weighs 1.
   */
  public record Vocabulary(
      int documents, Map<String, Integer> words, Map<String, Integer> trigrams) {

    public static final Vocabulary NONE = new Vocabulary(0, Map.of(), Map.of());

    public static Vocabulary of(java.util.Collection<Text> texts) {
      var words = new HashMap<String, Integer>();
      var trigrams = new HashMap<String, Integer>();
      for (var text : texts) {
        var features = Features.of(text, NONE);
        features.words().keySet().forEach(w -> words.merge(w, 1, Integer::sum));
        features.trigrams().keySet().forEach(t -> trigrams.merge(t, 1, Integer::sum));
      }
      return new Vocabulary(texts.size(), Map.copyOf(words), Map.copyOf(trigrams));
    }

    double word(String word) {
      return weight(words.getOrDefault(word, 0));
    }

    double trigram(String trigram) {
      return weight(trigrams.getOrDefault(trigram, 0));
    }

    private double weight(int frequency) {
      return documents == 0 ? 1 : Math.log1p((double) documents / (1 + frequency));
    }
  }

  /** A pair's measures, in the order of {@link SimilarityModel#MEASURES}. */
  public static double[] measures(Features a, Features b) {
    var across = a.khmer() != b.khmer();
    var concepts = cosine(a.concepts(), b.concepts());
    return new double[] {
      across ? 0 : cosine(a.words(), b.words()),
      across ? 0 : cosine(a.trigrams(), b.trigrams()),
      across ? 0 : concepts,
      across ? concepts : 0,
      a.category().equals(b.category()) ? 0 : 1,
      across ? 1 : 0
    };
  }

  /** The analysed form of a problem, computed once when one problem is compared with many. */
  public record Features(
      String category,
      boolean khmer,
      Map<String, Double> words,
      Map<String, Double> trigrams,
      Map<String, Double> concepts) {

    public static Features of(Text text, Vocabulary vocabulary) {
      var words = new HashMap<String, Double>();
      var trigrams = new HashMap<String, Double>();
      add(SearchText.analyse(text.title()), 2, words, trigrams);
      add(SearchText.analyse(text.body()), 1, words, trigrams);
      if (vocabulary.documents() > 0) {
        words.replaceAll((word, count) -> count * vocabulary.word(word));
        trigrams.replaceAll((trigram, count) -> count * vocabulary.trigram(trigram));
      }
      var concepts = new HashMap<String, Double>();
      words.forEach(
          (word, weight) -> {
            if (word.startsWith(CONCEPT)) {
              concepts.put(word, weight);
            }
          });
      return new Features(
          String.valueOf(text.category()), isKhmer(text), words, trigrams, concepts);
    }

    private static void add(
        List<String> analysed,
        double weight,
        Map<String, Double> words,
        Map<String, Double> trigrams) {
      for (var word : PlaceNames.without(analysed)) {
        if (FUNCTION_WORDS.contains(word) || word.chars().allMatch(Character::isDigit)) {
          continue;
        }
        words.merge(word, weight, Double::sum);
        var concept = CONCEPTS.get(word);
        if (concept != null) {
          words.merge(concept, weight, Double::sum);
        }
        var points = word.codePoints().toArray();
        if (points.length <= 3) {
          trigrams.merge(word, weight, Double::sum);
        } else {
          for (var i = 0; i + 3 <= points.length; i++) {
            trigrams.merge(new String(points, i, 3), weight, Double::sum);
          }
        }
      }
    }
  }

  /** Whether most of a post's letters are Khmer. */
  static boolean isKhmer(Text text) {
    var all = text.title() + " " + text.body();
    long khmer = all.codePoints().filter(c -> c >= 0x1780 && c <= 0x17FF).count();
    long latin = all.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
    return khmer > latin;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    var small = a.size() <= b.size() ? a : b;
    var large = small == a ? b : a;
    double dot = 0;
    for (var entry : small.entrySet()) {
      var other = large.get(entry.getKey());
      if (other != null) {
        dot += entry.getValue() * other;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> vector) {
    double sum = 0;
    for (var weight : vector.values()) {
      sum += weight * weight;
    }
    return Math.sqrt(sum);
  }
}
