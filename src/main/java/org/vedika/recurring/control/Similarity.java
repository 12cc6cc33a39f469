package org.vedika.recurring.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vedika.search.control.SearchText;

/**
 * How alike two problems are, from 0 to 1: whether they could be the same recurring problem raised
 * in two places. The words come from the search analysis ({@link SearchText}: ICU segments Khmer,
 * which has no spaces between words), minus function words; the title's words count twice, since a
 * title names the problem and a description wanders. Place names are taken out first ({@link
 * PlaceNames}): a recurring problem is one issue in different places, and two posts naming the same
 * commune are not alike for that. Three measures are combined:
 *
 * <ul>
 *   <li>the cosine of the two word-count vectors — shared vocabulary (a quarter);
 *   <li>the cosine of character trigrams inside words — Khmer spellings vary (ប.ស.ស / បសស, with or
 *       without a coeng), and English has plural and tense endings, which whole words miss (a
 *       quarter);
 *   <li>the cosine of the concepts the words stand for ({@link #CONCEPTS}: "refused", "would not
 *       take" and បដិសេធ are one concept; so are "poor card", IDPoor and ប័ណ្ណសមធម៌) — two people
 *       describe one problem in different words far more often than in the same ones (a half).
 * </ul>
 *
 * <p>A different category scales the result by {@value #OTHER_CATEGORY}: two authors may file the
 * same problem under neighbouring topics, but it takes more shared words to say so.
 *
 * <p>{@link #SAME} is the threshold above which Vedika suggests a grouping; its precision and
 * recall on the labelled pairs shipped with the tests are in {@code docs/benchmarks.md} and
 * asserted by {@code SimilarityQualityTest}.
 */
public final class Similarity {

  /** Suggest a grouping at or above this similarity. */
  public static final double SAME = 0.42;

  static final double OTHER_CATEGORY = 0.8;
  static final double WORDS_WEIGHT = 0.25;
  static final double TRIGRAMS_WEIGHT = 0.25;
  static final double CONCEPTS_WEIGHT = 0.5;

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
   * បដិសេធ all count as refusing). From the programmes and complaints of DOMAIN.md, not from the
   * labelled sets.
   */
  static final Map<String, String> CONCEPTS =
      concepts(
          "refuse: refuse refused refuses refusing reject rejected rejects denied deny denies declined decline បដិសេធ មិនព្រម",
          "hospital: hospital hospitals clinic clinics health centre center referral doctor doctors nurse nurses"
              + " ពេទ្យ មន្ទីរពេទ្យ មណ្ឌលសុខភាព គ្លីនិក វេជ្ជបណ្ឌិត គិលានុបដ្ឋាក",
          "pay: pay paid paying pays cash price cost costs បង់ រៀល riel riels",
          "fee: fee fees charge charged charges bribe tea ថ្លៃ ទារ សំណូក",
          "benefit: allowance allowances benefit benefits support subsidy payment payments money transfer"
              + " ប្រាក់ឧបត្ថម្ភ ឧបត្ថម្ភ លុយ ប្រាក់",
          "deduct: deduct deducts deducted deduction deductions salary salaries wage wages payslip"
              + " កាត់ ប្រាក់ខែ កាត់ប្រាក់ខែ ប្រាក់ឈ្នួល ស្លីប",
          "register: register registered registering registration enrol enroll enrolled enrolment listed join joined"
              + " signup ចុះឈ្មោះ ចុះបញ្ជី",
          "late: late delay delayed delays overdue slow waiting waited wait pending stuck យឺត ពន្យារ រង់ចាំ",
          "stopped: stopped stop stops ended suspended removed cancelled cut lapsed expired ឈប់ ផ្អាក លុប ដាច់ ផុត លែង",
          "pension: pension pensions retire retirement retired old-age និវត្តន៍ សោធន",
          "accident: accident accidents injury injuries injured hurt fell crash crashed wound គ្រោះថ្នាក់ របួស",
          "workplace: work job factory factories company employer employers workplace construction site boss"
              + " supervisor manager hr ការងារ រោងចក្រ ក្រុមហ៊ុន និយោជក ថៅកែ មេក្រុម មេការ",
          "commute: road way travelling traveling commute commuting motorbike truck bus traffic ផ្លូវ ម៉ូតូ ឡាន ចរាចរណ៍",
          "declare: report reported reporting declare declared declaration hid hide hidden tell told inform informed"
              + " រាយការណ៍ ប្រកាស លាក់ ប្រាប់",
          "disability: disability disabilities disabled handicap handicapped ពិការ ពិការភាព ជនពិការ",
          "assess: assessment assess assessed assessing interview interviews interviewer survey identification"
              + " វាយតម្លៃ សម្ភាសន៍ កំណត់អត្តសញ្ញាណ",
          "card: card cards ប័ណ្ណ កាត",
          "poor: idpoor poor equity hef ក្រីក្រ សមធម៌",
          "nssf: nssf security បសស បេឡា សន្តិសុខ",
          "idcard: id identity អត្តសញ្ញាណប័ណ្ណ",
          "pledge: pledged pledge loan lender lenders microfinance mfi debt បញ្ចាំ មីក្រូហិរញ្ញវត្ថុ ខ្ចី បំណុល",
          "mother: pregnant pregnancy mother mothers birth baby babies newborn infant antenatal check-up check-ups"
              + " vaccination vaccinations vaccine vaccines ផ្ទៃពោះ ម្តាយ ម្ដាយ ទារក សម្រាល វ៉ាក់សាំង",
          "elderly: elderly old older grandmother grandfather grandma grandpa ចាស់ ចាស់ជរា ជរា យាយ តា",
          "familypackage: package កញ្ចប់",
          "request: request requested application applied apply applying ពាក្យ ស្នើសុំ ដាក់ពាក្យ ដាក់ពាក្យសុំ",
          "paperwork: document documents paperwork form forms letter ឯកសារ ទម្រង់ លិខិត",
          "withhold: keep keeps kept hold holds held withhold withheld ទុក កាត់ទុក",
          "answer: answer answered result results reply news ចម្លើយ លទ្ធផល ដំណឹង",
          "school: scholarship scholarships school schools student students pupil pupils អាហារូបករណ៍ សាលា សិស្ស",
          "hiv: hiv aids arv អេដស៍",
          "agent: agent agents wing bank banks atm ភ្នាក់ងារ វីង ធនាគារ",
          "far: far distance distant kilometres kilometers walk walking ឆ្ងាយ ដើរ",
          "closed: closed locked shut absent nobody បិទ ចាក់សោ",
          "local: commune sangkat clerk chief office officer officers staff official officials ឃុំ សង្កាត់ ស្មៀន មេឃុំ"
              + " សាលាឃុំ បុគ្គលិក មន្ត្រី",
          "stamp: stamp stamps signature sign signed ត្រា ហត្ថលេខា",
          "wrong: wrong mistake mistakes spelled spelling misspelled error incorrect ខុស",
          "medicine: medicine medicines drug drugs pharmacy ថ្នាំ ឱសថ",
          "buy: buy bought buying ទិញ",
          "upkeep: food meal meals transport travel ម្ហូប អាហារ ធ្វើដំណើរ បាយ ហូបចុក",
          "record: record records recorded statement history កំណត់ត្រា កត់ត្រា",
          "selfemployed: voluntary self-employed vendor vendors seller sellers motodop tuk-tuk ស្ម័គ្រចិត្ត លក់ដូរ",
          "contribution: contribution contributions contribute contributed premium missed skipped skip ភាគទាន វិភាគទាន ខកខាន",
          "household: household households family families member members husband wife គ្រួសារ សមាជិក",
          "move: moved move moving migrate migrated migrant migrants relocated address ផ្លាស់ ផ្លាស់ប្តូរ ចំណាកស្រុក"
              + " ទីលំនៅ រើ",
          "lost: lost lose missing disappeared បាត់");

  private static Map<String, String> concepts(String... groups) {
    var concepts = new HashMap<String, String>();
    for (var group : groups) {
      var name = group.substring(0, group.indexOf(':'));
      for (var word : group.substring(group.indexOf(':') + 1).trim().split("\\s+")) {
        concepts.putIfAbsent(word, CONCEPT + name);
      }
    }
    return Map.copyOf(concepts);
  }

  private Similarity() {}

  /** A problem as the measure sees it. */
  public record Text(String category, String title, String body) {}

  /** The similarity of two problems, 0 to 1, words weighed by how rare they are in the forum. */
  public static double of(Text a, Text b, Vocabulary vocabulary) {
    return of(Features.of(a, vocabulary), Features.of(b, vocabulary));
  }

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

  public static double of(Features a, Features b) {
    var combined =
        WORDS_WEIGHT * cosine(a.words(), b.words())
            + TRIGRAMS_WEIGHT * cosine(a.trigrams(), b.trigrams())
            + CONCEPTS_WEIGHT * cosine(a.concepts(), b.concepts());
    return a.category().equals(b.category()) ? combined : combined * OTHER_CATEGORY;
  }

  /** The analysed form of a problem, computed once when one problem is compared with many. */
  public record Features(
      String category,
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
      return new Features(String.valueOf(text.category()), words, trigrams, concepts);
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
