package org.vedika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vedika.quality.RefusalsIT;

/**
 * Every refusal a member can meet has its message in both languages and a test: the refusal keys
 * are read from the code ({@code new Refusal("key", …)} and its subclasses, a subclass's own {@code
 * super("key", …)}, the problem's {@code "problem.refused.*"} keys and the writing limits' waits),
 * so a new refusal without a message or a test fails the build. A refusal whose key the catalogue
 * cannot read fails it too: write the key at the call.
 */
class RefusalCatalogueTest {

  static final Path MAIN = Path.of("src/main/java");
  static final Path TEST = Path.of("src/test/java");
  static final Path BUNDLE = Path.of("src/main/resources/org/vedika/i18n");

  static final Pattern SUBCLASS =
      Pattern.compile("\\bclass\\s+(\\w+)\\s+extends\\s+(?:org\\.vedika\\.)?Refusal\\b");
  static final Pattern NEW = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?(\\w+)\\s*\\(");
  static final Pattern SUPER_KEY =
      Pattern.compile("\\bsuper\\s*\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+)\"");
  static final Pattern KEY = Pattern.compile("\"([a-z]\\w*(?:\\.\\w+)+)\"");
  static final Pattern PROBLEM_REFUSED = Pattern.compile("\"(problem\\.refused\\.\\w+)\"");
  static final Pattern WAIT =
      Pattern.compile("waitIfTooSoon\\([^;]*?\"([a-z]\\w*(?:\\.\\w+)+)\"\\s*\\)");
  static final Pattern KM_CALL = Pattern.compile("\\bkm\\(\"([a-z]\\w*(?:\\.\\w+)+)\"\\)");
  static final Pattern KHMER_LITERAL = Pattern.compile("\"([^\"\\n]*[\\u1780-\\u17FF][^\"\\n]*)\"");

  /**
   * The refusals built from a key not written at the call, by file, and where the keys come from
   * (read by the patterns above): {@code Problem.refusalKey()} returns the "problem.refused.*"
   * literals, {@code WritingLimits.waitIfTooSoon} passes its last argument on.
   */
  static final Map<String, String> INDIRECT =
      Map.of(
          "Problem.java", "refusalKey()",
          "WritingLimits.java", "key");

  @Test
  void everyRefusalHasItsMessageInKhmerAndInEnglish() {
    var keys = refusalKeys();
    var km = bundle("text_km.properties");
    var en = bundle("text_en.properties");
    assertThat(keys.keySet().stream().filter(key -> isBlank(km.getProperty(key))))
        .as("refusal keys without a Khmer message")
        .isEmpty();
    assertThat(keys.keySet().stream().filter(key -> isBlank(en.getProperty(key))))
        .as("refusal keys without an English message")
        .isEmpty();
  }

  @Test
  void everyRefusalIsNamedByATest() {
    var tests =
        sources(TEST).entrySet().stream()
            .filter(file -> !file.getKey().endsWith("RefusalCatalogueTest.java"))
            .map(Map.Entry::getValue)
            .collect(Collectors.joining("\n"));
    assertThat(
            refusalKeys().entrySet().stream()
                .filter(key -> !tests.contains("\"" + key.getKey() + "\"")))
        .as("refusal keys (and where they are thrown) no test names")
        .isEmpty();
  }

  /**
   * Each refusal is met through HTTP: its message asserted with {@code km("key")} in an IT, or by
   * the test {@link RefusalsIT#COVERED_ELSEWHERE} names (which must really assert that Khmer text),
   * or it is one no member can meet ({@link RefusalsIT#UNREACHABLE}), thrown in a unit test.
   */
  @Test
  void everyRefusalIsMetThroughHttpOrSaidUnreachable() {
    var sources = sources(TEST);
    var asserted = new TreeSet<String>();
    sources.forEach(
        (file, text) -> {
          if (file.endsWith("IT.java")) {
            KM_CALL.matcher(text).results().forEach(call -> asserted.add(call.group(1)));
          }
        });
    var km = bundle("text_km.properties");
    var unmet = new TreeSet<String>(refusalKeys().keySet());
    unmet.removeAll(asserted);
    unmet.removeAll(RefusalsIT.COVERED_ELSEWHERE.keySet());
    unmet.removeAll(RefusalsIT.UNREACHABLE.keySet());
    assertThat(unmet).as("refusals not met through HTTP, nor said unreachable").isEmpty();

    RefusalsIT.COVERED_ELSEWHERE.forEach(
        (key, test) -> {
          var text =
              sources.entrySet().stream()
                  .filter(file -> file.getKey().endsWith("/" + test + ".java"))
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElseThrow(
                      () -> new AssertionError("no test " + test + " (said to cover " + key + ")"));
          var message = km.getProperty(key);
          var found =
              asserted.contains(key) && text.contains("km(\"" + key + "\")")
                  || KHMER_LITERAL
                      .matcher(text)
                      .results()
                      .map(literal -> literal.group(1))
                      .anyMatch(
                          literal -> literal.strip().length() >= 6 && message.contains(literal));
          assertThat(found).as(test + " asserts the Khmer message of " + key).isTrue();
        });
    RefusalsIT.UNREACHABLE
        .keySet()
        .forEach(
            key ->
                assertThat(
                        sources.entrySet().stream()
                            .anyMatch(
                                file ->
                                    file.getKey().endsWith("Test.java")
                                        && file.getValue().contains("\"" + key + "\"")))
                    .as("a unit test throws " + key)
                    .isTrue());
  }

  /** The refusal keys thrown in src/main/java, each with the first file that throws it. */
  static Map<String, String> refusalKeys() {
    var sources = sources(MAIN);
    var refusals = new TreeSet<>(Set.of("Refusal"));
    var selfKeyed = new TreeSet<String>();
    var keys = new TreeMap<String, String>();
    sources.forEach(
        (file, text) -> {
          SUBCLASS.matcher(text).results().forEach(subclass -> refusals.add(subclass.group(1)));
          SUPER_KEY.matcher(text).results().forEach(key -> keys.putIfAbsent(key.group(1), file));
        });
    sources.forEach(
        (file, text) ->
            SUBCLASS
                .matcher(text)
                .results()
                .filter(subclass -> SUPER_KEY.matcher(body(text, subclass.end())).find())
                .forEach(subclass -> selfKeyed.add(subclass.group(1))));
    sources.forEach(
        (file, text) -> {
          var name = Path.of(file).getFileName().toString();
          var built = NEW.matcher(text);
          while (built.find()) {
            if (!refusals.contains(built.group(1)) || selfKeyed.contains(built.group(1))) {
              continue;
            }
            var argument = firstArgument(text, built.end());
            var literal = KEY.matcher(argument);
            var any = false;
            while (literal.find()) {
              keys.putIfAbsent(literal.group(1), file);
              any = true;
            }
            if (!any) {
              assertThat(argument.strip())
                  .as(
                      "the key of new "
                          + built.group(1)
                          + "("
                          + argument
                          + ", …) in "
                          + file
                          + ": write it at the call, or teach RefusalCatalogueTest.INDIRECT where it comes from")
                  .isEqualTo(INDIRECT.get(name));
            }
          }
          if (name.equals("Problem.java")) {
            PROBLEM_REFUSED
                .matcher(text)
                .results()
                .forEach(key -> keys.putIfAbsent(key.group(1), file));
          }
          if (name.equals("WritingLimits.java")) {
            WAIT.matcher(text).results().forEach(key -> keys.putIfAbsent(key.group(1), file));
          }
        });
    assertThat(keys).as("refusal keys found in " + MAIN).hasSizeGreaterThan(40);
    return keys;
  }

  /** The text of a class body starting near {@code from} (to its closing brace). */
  private static String body(String text, int from) {
    var open = text.indexOf('{', from);
    var depth = 0;
    for (var i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return text.substring(open, i + 1);
      }
    }
    return text.substring(open);
  }

  /**
   * The first argument of a call whose "(" ends at {@code from}: up to its first top-level "," or
   * ")".
   */
  private static String firstArgument(String text, int from) {
    var depth = 0;
    var quoted = false;
    for (var i = from; i < text.length(); i++) {
      var c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ')') && depth == 0) {
        return text.substring(from, i);
      }
    }
    throw new AssertionError("unbalanced call at " + from);
  }

  /** Every Java file under a root, by path, without its comments. */
  private static Map<String, String> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      var sources = new LinkedHashMap<String, String>();
      files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .forEach(
              file -> {
                try {
                  sources.put(
                      file.toString().replace('\\', '/'),
                      withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withoutComments(String java) {
    return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static Properties bundle(String name) {
    var properties = new Properties();
    try (var reader = Files.newBufferedReader(BUNDLE.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static boolean isBlank(String message) {
    return message == null || message.isBlank();
  }
}
