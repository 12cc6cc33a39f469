package org.vedika.search.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns Khmer and English text into the words of a MariaDB InnoDB {@code FULLTEXT} column, and a
 * reader's search into the {@code AGAINST(? IN BOOLEAN MODE)} string that finds them.
 *
 * <p>Why: Khmer is written without spaces between words, and InnoDB's built-in parser splits only
 * at non-word characters, so it indexes a whole Khmer sentence as one token and cannot find a word
 * inside it. ICU4J's word {@link BreakIterator} splits Khmer by dictionary (the JDK's does not
 * split it at all), so the segmenting happens here, in Java, and the column holds the words
 * separated by spaces. The index side ({@link #index}) and the query side ({@link #query}, {@link
 * #queryAny}) go through the same analysis, so a compound the dictionary splits or keeps whole is
 * split or kept the same way in both.
 *
 * <p>Analysis, in order:
 *
 * <ol>
 *   <li>NFC; drop U+200B, U+200C and U+200D (Khmer typists put zero-width spaces between some words
 *       and not others, and the segmenter would otherwise split at them in one text and not in the
 *       next); Khmer digits ០-៩ become 0-9, so that {@code ២០២៦} and {@code 2026} are one word.
 *   <li>ICU word segments with a rule status other than {@link BreakIterator#WORD_NONE}: words and
 *       numbers, never spaces or punctuation.
 *   <li>Inside a segment, every character that InnoDB would split at is removed, so a segment stays
 *       one token for InnoDB too: {@code can't} becomes {@code cant}, {@code U.S.A} {@code usa},
 *       {@code ប.ស.ស} {@code បសស}, {@code 1,000} {@code 1000}. Kept are letters, combining marks
 *       (Khmer vowel signs and the coeng) and digits, which is also what InnoDB keeps.
 *   <li>A segment where Khmer meets digits is split there: ICU keeps {@code ក្រោម២ឆ្នាំ} ("under 2
 *       years") and {@code ឆ្នាំ២០២៦} ("year 2026") whole, and nobody searches for them that way.
 *   <li>Latin is lower-cased ({@link Locale#ROOT}); a segment that is only the repetition sign ៗ is
 *       dropped (it means "the word before, again" and would otherwise be a token in most posts); a
 *       segment longer than {@value #MAX_TOKEN_LENGTH} code points is cut to that length, because
 *       InnoDB drops longer tokens ({@code innodb_ft_max_token_size}) but keeps the cut one on both
 *       sides.
 * </ol>
 *
 * <p>Encoding of short words and stopwords: the shared MariaDB servers run with the InnoDB
 * defaults, {@code innodb_ft_min_token_size=3} and {@code innodb_ft_enable_stopword=ON}, and we
 * cannot change them. Both silently drop tokens: many Khmer words are one or two code points (ទេ,
 * ជា, the 2 of "under 2 years"), and English words such as {@code the}, {@code who} or {@code
 * about} are on InnoDB's default stopword list. Worse, a required term the server dropped makes the
 * whole boolean query find nothing ({@code +ស្ត្រី +the} finds no row even where both occur). So a
 * word is stored and searched in a form the server keeps:
 *
 * <ul>
 *   <li>a word shorter than {@value #MIN_TOKEN_LENGTH} code points is padded with {@code _} up to
 *       that length: {@code ទេ → ទេ_}, {@code 2 → 2__};
 *   <li>a word of InnoDB's default stopword list gets one {@code _}: {@code the → the_}, {@code
 *       about → about_};
 *   <li>every other word is stored as it is.
 * </ul>
 *
 * <p>{@code _} is a word character for InnoDB's parser (it keeps {@code ទេ_} as one 3-character
 * token and {@code the_} is not a stopword; tested on MariaDB 10.11 with utf8mb4_unicode_ci, see
 * {@code SearchTextMariaDbTest}), and the analysis removes it from the text itself, so a padded
 * token can never collide with a real word. The scheme also keeps working if a server is later
 * configured with a smaller minimum or without stopwords.
 *
 * <p>Boolean-mode safety: the operators of boolean mode ({@code + - < > ( ) ~ * " @}) are all
 * punctuation or symbols. A query token consists only of letters, marks, digits and {@code _}
 * (checked before it is used), so no user input can reach the query as an operator, a phrase or a
 * wildcard. The tokens are not wrapped in {@code "..."}: a quoted term is a phrase search, which
 * makes InnoDB re-read and re-parse every candidate row.
 */
public final class SearchText {

  /** InnoDB's default {@code innodb_ft_min_token_size}, in code points. */
  static final int MIN_TOKEN_LENGTH = 3;

  /** InnoDB's default {@code innodb_ft_max_token_size}, in code points. */
  static final int MAX_TOKEN_LENGTH = 84;

  /** Pads short words and marks stopwords; never part of an analysed word. */
  static final char PAD = '_';

  /**
   * At most this many distinct words go into a query: a pasted essay would otherwise become a query
   * of hundreds of terms that InnoDB looks up one by one.
   */
  static final int MAX_QUERY_WORDS = 32;

  /**
   * InnoDB's default stopword list ({@code INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD}, as read
   * from MariaDB 10.11), all lower case.
   */
  static final Set<String> INNODB_STOPWORDS =
      Set.of(
          "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from",
          "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was",
          "what", "when", "where", "who", "will", "with", "und", "www");

  private static final ULocale KHMER = new ULocale("km");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D]");
  private static final int KHMER_DIGIT_ZERO = 0x17E0;
  private static final int KHMER_DIGIT_NINE = 0x17E9;
  private static final int KHMER_REPETITION_SIGN = 0x17D7;

  private SearchText() {}

  /**
   * The value of the {@code FULLTEXT} column for a text: its encoded words in text order, separated
   * by single spaces (repeated words stay, as they count for relevance). Empty for {@code null} or
   * a text without words.
   */
  public static String index(String text) {
    return String.join(" ", words(text).stream().map(SearchText::encode).toList());
  }

  /**
   * A boolean-mode search that requires every word of the reader's query: {@code +w1 +w2}. Empty
   * when the query has no word (blank, only punctuation or operators), so the caller can show
   * nothing instead of every row.
   */
  public static Optional<String> query(String userQuery) {
    return booleanQuery(userQuery, "+");
  }

  /**
   * A boolean-mode search that wants any word of a text, ranked by how many match: {@code w1 w2}.
   * For "similar problems": pass a new post's title and let {@code MATCH ... AGAINST} order the old
   * ones.
   */
  public static Optional<String> queryAny(String text) {
    return booleanQuery(text, "");
  }

  /** At most this many words a query's concept groups add (a query stays a few dozen terms). */
  static final int MAX_EXPANSION = 48;

  /**
   * As {@link #queryAny}, with the concept groups ({@link Concepts}) of the query's words: their
   * other words and phrases are wanted too — {@code idpoor} also finds {@code ក្រីក្រ} and {@code
   * សមធម៌}, {@code pension} finds {@code សោធន និវត្តន៍}. The words typed weigh more ({@code >}): a
   * post with the very words ranks above one that says the same in other words, while one that
   * shares three of the query's concepts ranks above one that shares a single common word.
   */
  public static Optional<String> queryExpanded(String text) {
    var exact = new LinkedHashSet<String>();
    var wanted = new LinkedHashSet<String>();
    for (var word : words(text)) {
      if (exact.size() == MAX_QUERY_WORDS) {
        break;
      }
      exact.add(encode(word));
      var group = Concepts.shipped().of(word);
      if (group.isEmpty()) {
        continue;
      }
      for (var other : group.get().words()) {
        if (wanted.size() < MAX_EXPANSION) {
          wanted.add(plain(encode(other)));
        }
      }
      for (var phrase : group.get().phrases()) {
        if (wanted.size() < MAX_EXPANSION) {
          wanted.add(
              "\""
                  + String.join(
                      " ", phrase.stream().map(SearchText::encode).map(SearchText::plain).toList())
                  + "\"");
        }
      }
    }
    if (exact.isEmpty()) {
      return Optional.empty();
    }
    var terms = new LinkedHashSet<String>();
    exact.forEach(token -> terms.add(">" + plain(token)));
    wanted.removeAll(exact);
    terms.addAll(wanted);
    return Optional.of(String.join(" ", terms));
  }

  /** A token as it may stand in a boolean query: word characters and padding only. */
  private static String plain(String token) {
    if (!token.codePoints().allMatch(c -> c == PAD || isWordCharacter(c))) {
      throw new IllegalStateException("not a plain search word: " + token);
    }
    return token;
  }

  private static Optional<String> booleanQuery(String text, String operator) {
    var tokens = new LinkedHashSet<String>();
    for (var word : words(text)) {
      if (tokens.size() == MAX_QUERY_WORDS) {
        break;
      }
      tokens.add(encode(word));
    }
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    var query = new StringBuilder();
    for (var token : tokens) {
      if (!token.codePoints().allMatch(c -> c == PAD || isWordCharacter(c))) {
        throw new IllegalStateException("not a plain search word: " + token);
      }
      if (query.length() > 0) {
        query.append(' ');
      }
      query.append(operator).append(token);
    }
    return Optional.of(query.toString());
  }

  /**
   * The analysed words of a text, in text order and before encoding for InnoDB: what other features
   * (the similarity of recurring problems) compare, so they see the words search sees.
   */
  public static List<String> analyse(String text) {
    return words(text);
  }

  /** The analysed words of a text, before encoding (see the class comment for the steps). */
  static List<String> words(String text) {
    var words = new ArrayList<String>();
    if (text == null || text.isEmpty()) {
      return words;
    }
    var prepared =
        latinDigits(
            ZERO_WIDTH.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(""));
    var segments = BreakIterator.getWordInstance(KHMER);
    segments.setText(prepared);
    var start = segments.first();
    for (var end = segments.next(); end != BreakIterator.DONE; start = end, end = segments.next()) {
      if (segments.getRuleStatus() != BreakIterator.WORD_NONE) {
        for (var part : splitKhmerFromDigits(wordCharacters(prepared.substring(start, end)))) {
          addWord(words, part);
        }
      }
    }
    return words;
  }

  /**
   * The stored form of one analysed word: padded with {@code _} to the minimum token length, or
   * given one {@code _} if it is an InnoDB stopword.
   */
  static String encode(String word) {
    var length = word.codePointCount(0, word.length());
    if (length < MIN_TOKEN_LENGTH) {
      return word + String.valueOf(PAD).repeat(MIN_TOKEN_LENGTH - length);
    }
    return INNODB_STOPWORDS.contains(word) ? word + PAD : word;
  }

  private static void addWord(List<String> words, String word) {
    if (word.isEmpty() || word.equals(Character.toString(KHMER_REPETITION_SIGN))) {
      return;
    }
    var lower = word.toLowerCase(Locale.ROOT);
    if (lower.codePointCount(0, lower.length()) > MAX_TOKEN_LENGTH) {
      lower = lower.substring(0, lower.offsetByCodePoints(0, MAX_TOKEN_LENGTH));
    }
    words.add(lower);
  }

  private static String latinDigits(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c ->
                out.appendCodePoint(
                    c >= KHMER_DIGIT_ZERO && c <= KHMER_DIGIT_NINE
                        ? '0' + c - KHMER_DIGIT_ZERO
                        : c));
    return out.toString();
  }

  /** Keeps the characters InnoDB keeps inside a token: letters, combining marks, decimal digits. */
  private static String wordCharacters(String segment) {
    var out = new StringBuilder(segment.length());
    segment.codePoints().filter(SearchText::isWordCharacter).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isWordCharacter(int c) {
    var type = UCharacter.getType(c);
    return UCharacter.isLetter(c)
        || UCharacter.isDigit(c)
        || type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK
        || type == UCharacter.ENCLOSING_MARK;
  }

  /**
   * Splits {@code ក្រោម2ឆ្នាំ} into {@code ក្រោម}, {@code 2}, {@code ឆ្នាំ}; leaves {@code
   * covid19}.
   */
  private static List<String> splitKhmerFromDigits(String word) {
    var parts = new ArrayList<String>();
    var part = new StringBuilder();
    var previous = -1;
    for (var i = 0; i < word.length(); ) {
      var c = word.codePointAt(i);
      if (previous >= 0
          && UCharacter.isDigit(previous) != UCharacter.isDigit(c)
          && (isKhmer(previous) || isKhmer(c))) {
        parts.add(part.toString());
        part.setLength(0);
      }
      part.appendCodePoint(c);
      previous = c;
      i += Character.charCount(c);
    }
    parts.add(part.toString());
    return parts;
  }

  private static boolean isKhmer(int c) {
    var script = UCharacter.UnicodeBlock.of(c);
    return script == UCharacter.UnicodeBlock.KHMER
        || script == UCharacter.UnicodeBlock.KHMER_SYMBOLS;
  }
}
