package org.vedika;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.cycle_detection.Cycle;
import com.tngtech.archunit.library.cycle_detection.Edge;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of Vedika, in one place. Read this first: it is the map of the code.
 *
 * <h2>1. Features, and which feature may use which</h2>
 *
 * <p>A feature is one top-level package under {@code org.vedika} (STYLE.md principle 1). The
 * features are layered; a feature may use the features below it, never one above it. From the top:
 *
 * <pre>
 *   api                                       anything (the /api application lists the resources)
 *   demo                                      anything (it loads demo data through every feature)
 *   health                                    anything but demo (it reports on the others)
 *   dashboard                                 everything below (it ranks what the others record)
 *   pagecache                                 everything below (it drops the pages a change shows,
 *                                             and writes a citizen's problem page without Faces)
 *   notification                              everything below (it observes the others' events)
 *   workshop                                  response (an outcome moves a problem's status),
 *                                             problem, account, place
 *   vote   response   moderation   recurring  problem, account, place   (siblings: not each other)
 *   guide                                     problem, account, place   (a sibling of those four)
 *   open311                                   problem, place (Open311 GeoReport v2, read-only)
 *   metrics                                   problem (counts what its events say happened)
 *   problem                                   account, place
 *   account                                   place
 *   place                                     nothing but infrastructure
 *   ---------------------------------------------------------------------------------------------
 *   infrastructure, usable by every feature:  i18n, search, schema,    (each uses only the root)
 *                                             mail
 *                                             root = the package org.vedika itself (trivial
 *                                             plumbing: ApiErrors, Refusal, LocalPath...;
 *                                             it uses no feature)
 * </pre>
 *
 * <p>The exact table is {@link #MAY_USE}; {@link #theTableIsALayeringOfEveryPackage} keeps it
 * acyclic and complete, so a new top-level package fails until it is placed here. A lower feature
 * hears from a higher one through CDI events whose types it owns ({@code ProblemEvent} lives in
 * {@code problem.entity}; vote, notification and the dashboard observe it): the problem page does
 * not call {@code Votes}, moderation does not write votes or follows — it asks {@code problem} and
 * the owners of those tables observe what happened (STYLE.md §9, §16).
 *
 * <h2>2. No cycles between features</h2>
 *
 * <p>ArchUnit's {@code slices().should().beFreeOfCycles()}, one slice per feature and one for the
 * root package (a plain {@code slices().matching("org.vedika.(*)..")} would leave the root out).
 * The table being acyclic, every cycle also breaks rule 1; this rule names the loop, and the edge
 * against the table that closes it ({@link #cycleViolations}, which also covers a cycle ArchUnit
 * 1.5.0 misses).
 *
 * <h2>3. Inside a feature: boundary → control → entity</h2>
 *
 * <p>Every class of a feature lives in {@code boundary} (what the outside touches: facades, backing
 * beans, resources, health checks), {@code control} (procedures, formulas) or {@code entity} (state
 * and rules). An entity uses no boundary and no control, of any feature; a control uses no
 * boundary, of any feature. Entities never see CDI: nothing in {@code ..entity..} depends on {@code
 * jakarta.inject} or {@code jakarta.enterprise} (STYLE.md principle 4).
 *
 * <h2>4. One owner per table</h2>
 *
 * <p>Every table of the migrations has exactly one owning feature, {@link #OWNS}, and each
 * feature's {@code package-info.java} says so in one line ("Owns tables: problem, reply,
 * status_change." or "Owns no table."). No native SQL statement in {@code src/main/java} writes
 * ({@code INSERT [IGNORE] INTO}, {@code REPLACE INTO}, {@code UPDATE}, {@code DELETE FROM}) a table
 * outside its owner's package, nor a table whose name is only known at run time. ArchUnit reads
 * bytecode, not SQL, so this rule reads the Java sources' string literals ({@link SqlWrites}).
 * Exempt: Flyway Java migrations ({@code V<n>__*.java}, which rewrite columns while the schema
 * changes) and the {@code demo} feature (which backdates rows to make demo data look lived in).
 * JPQL bulk statements on entity names and {@code em.persist} of another feature's entity are not
 * seen by this check.
 *
 * <h2>Today's exceptions</h2>
 *
 * <p>{@link #KNOWN_VIOLATIONS} lists, one line and one reason each, what the code still does
 * against these rules. It is temporary: it may only shrink. A new violation fails its rule, and a
 * fixed one fails {@link #everyKnownViolationIsStillThere} until its line is deleted.
 *
 * <p>{@link PlantedViolations} proves each rule catches what it should, on the small fake feature
 * layout in {@code src/test/java/org/vedika/archfixture}, which the rules on the real code never
 * see (they import only {@code target/classes}).
 */
class ArchitectureTest {

  static final String BASE = "org.vedika";

  /** The package {@code org.vedika} itself, as a feature name. */
  static final String ROOT = "root";

  /** Usable by every feature; each of them uses nothing but the root package. */
  static final Set<String> INFRASTRUCTURE = Set.of(ROOT, "i18n", "search", "schema", "mail");

  /**
   * In {@link #MAY_USE}: every feature of the rows written before (infrastructure comes anyway).
   */
  static final String ALL_BELOW = "*";

  /**
   * Rule 1, the allowed-dependency table: feature → the features it may use, besides itself and,
   * for a feature outside {@link #INFRASTRUCTURE}, besides infrastructure. Written bottom-up: a row
   * may name only rows written before it (the features below it), so the table has no cycle.
   */
  static final Map<String, Set<String>> MAY_USE =
      table(
          row(ROOT),
          row("i18n", ROOT),
          row("search", ROOT),
          row("schema", ROOT),
          row("mail", ROOT),
          row("place"),
          row("account", "place"),
          row("problem", "account", "place"),
          row("vote", "problem", "account", "place"),
          row("response", "problem", "account", "place"),
          row("moderation", "problem", "account", "place"),
          row("recurring", "problem", "account", "place"),
          row("guide", "problem", "account", "place"),
          row("open311", "problem", "place"),
          row("metrics", "problem"),
          row("workshop", "response", "problem", "account", "place"),
          row("notification", ALL_BELOW),
          row("pagecache", ALL_BELOW),
          row("dashboard", ALL_BELOW),
          row("rights", ALL_BELOW),
          row("health", ALL_BELOW),
          row("demo", ALL_BELOW),
          row("api", ALL_BELOW));

  /**
   * Rule 4, the one written place for table ownership: feature → the tables it owns, as its
   * package-info.java names them. A feature not here owns no table.
   */
  static final Map<String, List<String>> OWNS =
      Map.ofEntries(
          Map.entry("place", List.of("place")),
          Map.entry(
              "account",
              List.of("member", "role_grant", "password_reset", "login_failure", "api_token")),
          Map.entry(
              "problem",
              List.of("problem", "reply", "status_change", "helpful", "trainer_session")),
          Map.entry("vote", List.of("vote")),
          Map.entry("notification", List.of("follow", "notification")),
          Map.entry("moderation", List.of("report", "moderation_action")),
          Map.entry("workshop", List.of("workshop", "workshop_item", "workshop_attendee")),
          Map.entry(
              "recurring",
              List.of("recurring_problem", "recurring_suggestion", "similarity_model")),
          Map.entry("guide", List.of("guide", "guide_version")),
          Map.entry("pagecache", List.of("page_change")),
          Map.entry(
              "dashboard",
              List.of(
                  "dashboard_month",
                  "dashboard_place",
                  "dashboard_refresh",
                  "dashboard_response",
                  "ranked_row")));

  /**
   * KNOWN_VIOLATIONS — empty since the owners took their tables back (issue 15). Had the code
   * anything against the rules above, it would be listed here with why it is wrong and where it
   * should go. Delete a line when its violation is fixed (the test then asks for it); never add
   * one: fix the code instead. Keys are class names relative to org.vedika, a nested class counted
   * as its top-level class; {@code rule} is one of layers, cycles, roles, cdi, tables. A cycles
   * entry is a feature edge against the table that closes a cycle: every cycle through it is known
   * (its class dependencies are layers entries, so a new one still fails).
   */
  static final Set<Known> KNOWN_VIOLATIONS = Set.of();

  static {
    // ArchUnit stops after 100 cycles by default (the code had 35 when this test came); past
    // that limit which cycles it reported would depend on the order it met them in.
    ArchConfiguration.get().setProperty("cycles.maxNumberToDetect", "100000");
  }

  private static JavaClasses vedika;

  /** The main classes only: {@code target/classes}, never the tests or the planted fixtures. */
  static JavaClasses vedika() {
    if (vedika == null) {
      vedika =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .withImportOption(location -> !location.contains("/archfixture/"))
              .importPackages(BASE);
    }
    return vedika;
  }

  static final Path MAIN_SOURCES = Path.of("src/main/java/org/vedika");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  // ---------------------------------------------------------------------------------------------
  // The rules on the real code

  @Test
  void theTableIsALayeringOfEveryPackage() {
    assertThat(vedika().size()).as("classes imported from target/classes").isGreaterThan(100);
    assertThat(
            vedika().stream().map(JavaClass::getPackageName).filter(p -> p.contains("archfixture")))
        .as("the planted fixtures stay out of the real code's rules")
        .isEmpty();
    assertThat(MAY_USE.keySet())
        .as("every top-level package is a feature of the table")
        .containsAll(
            vedika().stream()
                .map(c -> feature(BASE, c.getPackageName()))
                .filter(Objects::nonNull)
                .collect(toSet()));
    var seen = new ArrayList<String>();
    MAY_USE.forEach(
        (feature, uses) -> {
          assertThat(seen).as(feature + " uses only rows above it").containsAll(uses);
          seen.add(feature);
        });
  }

  @Test
  void featuresUseOnlyTheFeaturesBelowThem() {
    assertNoNewViolations(layerViolations(BASE, vedika(), false));
  }

  @Test
  void featuresAreFreeOfCycles() {
    assertNoNewViolations(cycleViolations(BASE, vedika()));
  }

  @Test
  void boundaryControlEntity() {
    assertNoNewViolations(roleViolations(BASE, vedika()));
  }

  @Test
  void everyClassOfAFeatureHasARole() {
    assertNoNewViolations(violations("roles", BASE, rolePackages(BASE).evaluate(vedika())));
  }

  @Test
  void entitiesNeverSeeCdi() {
    assertNoNewViolations(violations("cdi", BASE, entitiesWithoutCdi(BASE).evaluate(vedika())));
  }

  @Test
  void everyTableHasOneOwnerNamedInItsPackageInfo() throws IOException {
    var created = new TreeSet<String>();
    try (var files = Files.list(MIGRATIONS)) {
      for (var sql : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        var m =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)")
                .matcher(Files.readString(sql));
        while (m.find()) {
          created.add(m.group(1).toLowerCase());
        }
      }
    }
    var owned = OWNS.values().stream().flatMap(List::stream).collect(toCollection(TreeSet::new));
    assertThat(OWNS.values().stream().mapToInt(List::size).sum())
        .as("no table has two owners")
        .isEqualTo(owned.size());
    assertThat(owned)
        .as("the tables of the migrations, each with its owner in OWNS")
        .isEqualTo(created);
    assertThat(MAY_USE.keySet()).containsAll(OWNS.keySet());

    for (var feature : MAY_USE.keySet()) {
      if (feature.equals(ROOT)) {
        continue;
      }
      // a Javadoc line may wrap: its continuation (" * ") reads as one space
      var text =
          Files.readString(MAIN_SOURCES.resolve(feature).resolve("package-info.java"))
              .replaceAll("\\s*\\R\\s*\\*\\s*", " ");
      var lines =
          Pattern.compile("Owns (?:tables: [^.]*|no table)\\.")
              .matcher(text)
              .results()
              .map(MatchResult::group)
              .toList();
      var expected =
          OWNS.containsKey(feature)
              ? "Owns tables: " + String.join(", ", OWNS.get(feature)) + "."
              : "Owns no table.";
      assertThat(lines)
          .as(feature + "/package-info.java names the tables it owns")
          .containsExactly(expected);
    }
  }

  /**
   * Rule 5, the transaction rule (written in {@code schema/package-info.java}): a class either
   * writes (a facade's default transaction, or {@code @Transactional} on a CDI bean's class) or
   * only reads ({@code NOT_SUPPORTED} on the class, either annotation); never an annotation on a
   * method, so a class's header says how all its methods run.
   */
  static ArchRule transactionsOnClassesOnly() {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
        .should()
        .beAnnotatedWith(jakarta.ejb.TransactionAttribute.class)
        .orShould()
        .beAnnotatedWith(jakarta.transaction.Transactional.class)
        .as("transactions are declared on classes, never on methods");
  }

  @Test
  void transactionsAreDeclaredOnClassesOnly() {
    transactionsOnClassesOnly().check(vedika());
  }

  @Test
  void nativeSqlWritesOnlyItsOwnFeaturesTables() {
    assertNoNewViolations(SqlWrites.violations(MAIN_SOURCES, OWNS));
  }

  @Test
  void everyKnownViolationIsStillThere() {
    var found = allViolations().stream().flatMap(v -> matchKeys(v).stream()).collect(toSet());
    assertThat(
            KNOWN_VIOLATIONS.stream()
                .filter(k -> !found.contains(k.rule() + " " + k.key()))
                .map(Known::toString))
        .as("fixed: delete these lines from KNOWN_VIOLATIONS")
        .isEmpty();
  }

  static List<Violation> allViolations() {
    var all = new ArrayList<Violation>();
    all.addAll(layerViolations(BASE, vedika(), false));
    all.addAll(cycleViolations(BASE, vedika()));
    all.addAll(roleViolations(BASE, vedika()));
    all.addAll(violations("roles", BASE, rolePackages(BASE).evaluate(vedika())));
    all.addAll(violations("cdi", BASE, entitiesWithoutCdi(BASE).evaluate(vedika())));
    all.addAll(SqlWrites.violations(MAIN_SOURCES, OWNS));
    return all;
  }

  static void assertNoNewViolations(List<Violation> violations) {
    var known = KNOWN_VIOLATIONS.stream().map(k -> k.rule() + " " + k.key()).collect(toSet());
    assertThat(
            violations.stream()
                .filter(v -> matchKeys(v).stream().noneMatch(known::contains))
                .map(Violation::toString))
        .as("new violations (fix the code; see ArchitectureTest's Javadoc for the rules)")
        .isEmpty();
  }

  /**
   * The KNOWN_VIOLATIONS keys that would cover a violation: its own, or for a cycle each of its
   * edges.
   */
  static List<String> matchKeys(Violation violation) {
    if (!violation.rule().equals("cycles")) {
      return List.of(violation.rule() + " " + violation.key());
    }
    var nodes = violation.key().split(" -> ");
    var keys = new ArrayList<String>();
    for (int i = 0; i + 1 < nodes.length; i++) {
      keys.add("cycles " + nodes[i] + " -> " + nodes[i + 1]);
    }
    return keys;
  }

  // ---------------------------------------------------------------------------------------------
  // The rules, for any base package (the real one, or the planted fixtures')

  /**
   * Rule 1 as ArchUnit's layered architecture: one layer per feature, {@link #MAY_USE} its edges.
   */
  static LayeredArchitecture featureLayers(String base, boolean someFeaturesMissing) {
    var layers =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(someFeaturesMissing)
            .ensureAllClassesAreContainedInArchitecture();
    for (var feature : MAY_USE.keySet()) {
      layers =
          layers
              .layer(feature)
              .definedBy(feature.equals(ROOT) ? base : base + "." + feature + "..");
    }
    for (var feature : MAY_USE.keySet()) {
      var allowed = new TreeSet<String>();
      MAY_USE.keySet().stream()
          .filter(other -> !other.equals(feature) && mayUse(feature, other))
          .forEach(allowed::add);
      layers =
          allowed.isEmpty()
              ? layers.whereLayer(feature).mayNotAccessAnyLayer()
              : layers.whereLayer(feature).mayOnlyAccessLayers(allowed.toArray(String[]::new));
    }
    return layers;
  }

  static List<Violation> layerViolations(
      String base, JavaClasses classes, boolean someFeaturesMissing) {
    return violations("layers", base, featureLayers(base, someFeaturesMissing).evaluate(classes));
  }

  /** Rule 2: one slice per feature, the root package as the slice "root". */
  static ArchRule featureCycles(String base) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                var feature = feature(base, javaClass.getPackageName());
                return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
              }

              @Override
              public String getDescription() {
                return "the features of " + base;
              }
            })
        .should()
        .beFreeOfCycles();
  }

  /**
   * Rule 2: ArchUnit's cycles (as paths "a -> b -> a"), and, found independently, every edge
   * against {@link #MAY_USE} that closes a cycle (as "a -> b"). ArchUnit 1.5.0 can miss a cycle:
   * its search for the next strongly connected component only looks at those reachable from the
   * first node not yet processed, so a second, separate cycle (today dashboard ↔ recurring) can go
   * unreported.
   */
  static List<Violation> cycleViolations(String base, JavaClasses classes) {
    var found = new ArrayList<>(violations("cycles", base, featureCycles(base).evaluate(classes)));
    var graph = featureGraph(base, classes);
    graph.forEach(
        (from, targets) -> {
          for (var to : targets) {
            if (!mayUse(from, to) && reachable(graph, to).contains(from)) {
              found.add(new Violation("cycles", from + " -> " + to, Set.of()));
            }
          }
        });
    return found;
  }

  /** Feature → the other features its classes depend on. */
  static Map<String, Set<String>> featureGraph(String base, JavaClasses classes) {
    var graph = new TreeMap<String, Set<String>>();
    for (var javaClass : classes) {
      var from = feature(base, javaClass.getPackageName());
      if (from == null) {
        continue;
      }
      for (var dependency : javaClass.getDirectDependenciesFromSelf()) {
        var to = feature(base, dependency.getTargetClass().getPackageName());
        if (to != null && !to.equals(from)) {
          graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
        }
      }
    }
    return graph;
  }

  private static Set<String> reachable(Map<String, Set<String>> graph, String from) {
    var seen = new TreeSet<String>();
    var next = new ArrayList<>(List.of(from));
    while (!next.isEmpty()) {
      var feature = next.remove(next.size() - 1);
      if (seen.add(feature)) {
        next.addAll(graph.getOrDefault(feature, Set.of()));
      }
    }
    return seen;
  }

  /** Whether the table lets one feature use another (itself, and infrastructure, included). */
  static boolean mayUse(String from, String to) {
    return from.equals(to)
        || MAY_USE.getOrDefault(from, Set.of()).contains(to)
        || (!INFRASTRUCTURE.contains(from) && INFRASTRUCTURE.contains(to));
  }

  /** Rule 3: boundary → control → entity, across all features. */
  static LayeredArchitecture roles(String base) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("boundary")
        .definedBy(base + "..boundary..")
        .layer("control")
        .definedBy(base + "..control..")
        .layer("entity")
        .definedBy(base + "..entity..")
        .whereLayer("control")
        .mayOnlyAccessLayers("entity")
        .whereLayer("entity")
        .mayNotAccessAnyLayer();
  }

  static List<Violation> roleViolations(String base, JavaClasses classes) {
    return violations("roles", base, roles(base).evaluate(classes));
  }

  /** Rule 3: a class of a feature lives in its boundary, control or entity package. */
  static ArchRule rolePackages(String base) {
    return classes()
        .that()
        .resideInAPackage(base + ".*..")
        .and()
        .doNotHaveSimpleName("package-info")
        .should()
        .resideInAnyPackage(base + ".*.boundary..", base + ".*.control..", base + ".*.entity..")
        .allowEmptyShould(true);
  }

  /** Rule 3: entities never see CDI. */
  static ArchRule entitiesWithoutCdi(String base) {
    return noClasses()
        .that()
        .resideInAPackage(base + "..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.inject..", "jakarta.enterprise..")
        .allowEmptyShould(true);
  }

  /**
   * The feature a package belongs to ({@link #ROOT} for the base package), or null outside base.
   */
  static String feature(String base, String packageName) {
    if (packageName.equals(base)) {
      return ROOT;
    }
    if (!packageName.startsWith(base + ".")) {
      return null;
    }
    var rest = packageName.substring(base.length() + 1);
    return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
  }

  // ---------------------------------------------------------------------------------------------
  // Violations as short keys, so that today's can be listed in KNOWN_VIOLATIONS

  /** One broken rule: what (a key of KNOWN_VIOLATIONS) and where (file:line). */
  record Violation(String rule, String key, Set<String> at) {
    @Override
    public String toString() {
      return rule + ": " + key + (at.isEmpty() ? "" : " at " + String.join(", ", at));
    }
  }

  /** A violation that is known today, and why it is one. */
  record Known(String rule, String key, String reason) {
    @Override
    public String toString() {
      return rule + ": " + key + " (" + reason + ")";
    }
  }

  static Known known(String rule, String key, String reason) {
    return new Known(rule, key, reason);
  }

  /**
   * ArchUnit's violations as keys: a class dependency as "origin -> target" (top-level classes,
   * relative to base), a cycle as its features, anything else as ArchUnit's message.
   */
  static List<Violation> violations(String rule, String base, EvaluationResult result) {
    var found = new TreeMap<String, Set<String>>();
    result.handleViolations(
        (Collection<Object> objects, String message) -> {
          for (var object : objects) {
            if (object instanceof Dependency dependency) {
              var location = dependency.getSourceCodeLocation();
              var at =
                  found.computeIfAbsent(
                      name(base, dependency.getOriginClass())
                          + " -> "
                          + name(base, dependency.getTargetClass()),
                      k -> new TreeSet<>());
              if (location.getLineNumber()
                  > 0) { // 0: a field, signature or annotation, no line of its own
                at.add(location.getSourceFileName() + ":" + location.getLineNumber());
              }
            } else if (object instanceof Cycle<?> cycle) {
              found.computeIfAbsent(cycleKey(cycle), k -> new TreeSet<>());
            } else {
              found.computeIfAbsent(
                  message.lines().findFirst().orElse(message), k -> new TreeSet<>());
            }
          }
        });
    if (result.hasViolation() && found.isEmpty()) {
      found.put(String.join("\n", result.getFailureReport().getDetails()), new TreeSet<>());
    }
    var list = new ArrayList<Violation>();
    found.forEach((key, at) -> list.add(new Violation(rule, key, at)));
    return list;
  }

  private static String name(String base, JavaClass javaClass) {
    var top = javaClass;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    var name = top.getName();
    return name.startsWith(base + ".") ? name.substring(base.length() + 1) : name;
  }

  /** "a -> b -> a", starting at the alphabetically first feature. */
  private static String cycleKey(Cycle<?> cycle) {
    var nodes = new ArrayList<String>();
    for (Edge<?> edge : cycle.getEdges()) {
      nodes.add(((Slice) edge.getOrigin()).getNamePart(1));
    }
    var first = nodes.indexOf(nodes.stream().min(String::compareTo).orElseThrow());
    var path = new ArrayList<String>();
    for (int i = 0; i <= nodes.size(); i++) {
      path.add(nodes.get((first + i) % nodes.size()));
    }
    return String.join(" -> ", path);
  }

  private static Map<String, Set<String>> table(Row... rows) {
    var table = new LinkedHashMap<String, Set<String>>();
    for (var row : rows) {
      table.put(
          row.feature(),
          row.uses().equals(List.of(ALL_BELOW))
              ? Set.copyOf(
                  table.keySet().stream().filter(f -> !INFRASTRUCTURE.contains(f)).toList())
              : Set.copyOf(row.uses()));
    }
    return java.util.Collections.unmodifiableMap(table);
  }

  private record Row(String feature, List<String> uses) {}

  private static Row row(String feature, String... uses) {
    return new Row(feature, List.of(uses));
  }

  // ---------------------------------------------------------------------------------------------
  // Rule 4 reads SQL in string literals

  /**
   * Native statements that write a table, read from the string literals of a source tree. A
   * statement split over literals joined by {@code +} is read as one; an expression between two
   * {@code +} stands for a table name known only at run time ({@link #DYNAMIC}). {@code FOR UPDATE}
   * and {@code ON DUPLICATE KEY UPDATE} are not writes of their own; a word after a write verb that
   * is no table of the migrations (prose such as "update the page") is ignored.
   */
  static final class SqlWrites {

    static final String DYNAMIC = "__run_time_expression__";

    private static final Pattern WRITE =
        Pattern.compile(
            "(?<!\\b(?:FOR|KEY)\\s{1,20})\\b(?:INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|DELETE\\s+FROM|UPDATE)"
                + "\\s+`?(\\w+)`?(\\s+SET\\b)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__\\w+\\.java");

    private static final String EXEMPT_FEATURE = "demo";

    /** Writes of a table outside its owner, as "{class} writes {table}", under a source root. */
    static List<Violation> violations(Path root, Map<String, List<String>> owns) {
      var owner = new TreeMap<String, String>();
      owns.forEach((feature, tables) -> tables.forEach(table -> owner.put(table, feature)));
      var found = new TreeMap<String, Set<String>>();
      try (Stream<Path> files = Files.walk(root)) {
        for (var file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          var relative = root.relativize(file);
          var className =
              relative.toString().replace('\\', '/').replaceAll("\\.java$", "").replace('/', '.');
          var feature = relative.getNameCount() > 1 ? relative.getName(0).toString() : ROOT;
          if (MIGRATION.matcher(file.getFileName().toString()).matches()
              || feature.equals(EXEMPT_FEATURE)) {
            continue;
          }
          for (var write : writes(Files.readString(file))) {
            var table = write.table();
            String what = null;
            if (table.equals(DYNAMIC)) {
              what = "a table named at run time";
            } else if (owner.containsKey(table) && !owner.get(table).equals(feature)) {
              what = table;
            }
            if (what != null) {
              found
                  .computeIfAbsent(className + " writes " + what, k -> new TreeSet<>())
                  .add(file.getFileName() + ":" + write.line());
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      var list = new ArrayList<Violation>();
      found.forEach((key, at) -> list.add(new Violation("tables", key, at)));
      return list;
    }

    record Write(String table, int line) {}

    /** The tables a Java source's literals write, each with the line of its statement's verb. */
    static List<Write> writes(String source) {
      var writes = new ArrayList<Write>();
      for (var chunk : chunks(source)) {
        var m = WRITE.matcher(chunk.text());
        while (m.find()) {
          var table = m.group(1).toLowerCase();
          var dynamic = table.equals(DYNAMIC);
          var isUpdate = m.group().regionMatches(true, 0, "UPDATE", 0, 6);
          if (!dynamic || !isUpdate || m.group(2) != null) {
            writes.add(new Write(table, chunk.lineAt(m.start())));
          }
        }
      }
      return writes;
    }

    /** Joined literals: text, and for each literal its offset in the text and its source line. */
    record Chunk(String text, List<int[]> starts) {
      int lineAt(int offset) {
        var literal = starts.get(0);
        for (var start : starts) {
          if (start[0] <= offset) {
            literal = start;
          }
        }
        return literal[1]
            + (int) text.substring(literal[0], offset).chars().filter(c -> c == '\n').count();
      }
    }

    /**
     * The string literals of a Java source, those joined by {@code +} into one chunk. Comments and
     * character literals are skipped; text blocks count as literals.
     */
    static List<Chunk> chunks(String source) {
      var chunks = new ArrayList<Chunk>();
      var text = new StringBuilder();
      var starts = new ArrayList<int[]>();
      var gap = new StringBuilder();
      int line = 1;
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
          while (i < n && source.charAt(i) != '\n') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
          int end = source.indexOf("*/", i + 2);
          end = end < 0 ? n : end + 2;
          line += count(source, i, end);
          i = end;
        } else if (c == '\'') {
          int j = i + 1;
          while (j < n && source.charAt(j) != '\'') {
            j += source.charAt(j) == '\\' ? 2 : 1;
          }
          i = j + 1;
        } else if (c == '"') {
          boolean block = source.startsWith("\"\"\"", i);
          int j = i + (block ? 3 : 1);
          var literal = new StringBuilder();
          while (j < n && !(block ? source.startsWith("\"\"\"", j) : source.charAt(j) == '"')) {
            if (source.charAt(j) == '\\' && j + 1 < n) {
              literal.append(source.charAt(j + 1));
              j += 2;
            } else {
              literal.append(source.charAt(j));
              j++;
            }
          }
          var joint = gap.toString().strip();
          if (!text.isEmpty() && !joint.equals("+")) {
            if (joint.startsWith("+") && joint.endsWith("+") && !joint.contains(";")) {
              text.append(' ').append(DYNAMIC).append(' ');
            } else {
              chunks.add(new Chunk(text.toString(), List.copyOf(starts)));
              text.setLength(0);
              starts.clear();
            }
          }
          starts.add(new int[] {text.length(), line});
          text.append(literal);
          gap.setLength(0);
          int end = Math.min(n, j + (block ? 3 : 1));
          line += count(source, i, end);
          i = end;
          continue;
        } else {
          if (c == '\n') {
            line++;
          }
          gap.append(c);
          i++;
          continue;
        }
        gap.append(' ');
      }
      if (!text.isEmpty()) {
        chunks.add(new Chunk(text.toString(), List.copyOf(starts)));
      }
      return chunks;
    }

    private static int count(String source, int from, int to) {
      int lines = 0;
      for (int k = from; k < to; k++) {
        if (source.charAt(k) == '\n') {
          lines++;
        }
      }
      return lines;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Each rule fails on a planted violation

  /**
   * The same rules on {@code org.vedika.archfixture}: a fake feature layout (place, problem, vote,
   * search, demo, and a stray top-level package) in which a problem boundary uses a vote boundary
   * (rule 1, and with vote using problem a cycle, rule 2), an entity uses its boundary and CDI and
   * a control uses a boundary (rule 3), and a vote facade updates the problem table (rule 4). What
   * the table allows must not be reported.
   */
  @Nested
  class PlantedViolations {

    static final String FIXTURE = "org.vedika.archfixture";
    static final Path FIXTURE_SOURCES = Path.of("src/test/java/org/vedika/archfixture");

    final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aFeatureUsingOneAboveItAndAStrayPackageAreReported() {
      assertThat(featureLayers(FIXTURE, true).evaluate(fixture).hasViolation()).isTrue();
      assertThat(keys(layerViolations(FIXTURE, fixture, true)))
          .contains("problem.boundary.Problems -> vote.boundary.Votes")
          .anyMatch(key -> key.contains("archfixture.gadget.Gadget"))
          .doesNotContain(
              "vote.boundary.Votes -> problem.entity.Problem",
              "problem.boundary.Problems -> place.entity.Place");
    }

    @Test
    void aCycleIsReported() {
      assertThat(featureCycles(FIXTURE).evaluate(fixture).hasViolation()).isTrue();
      assertThat(keys(cycleViolations(FIXTURE, fixture)))
          .containsExactlyInAnyOrder("problem -> vote -> problem", "problem -> vote");
    }

    @Test
    void anEntityUsingABoundaryAndAControlUsingABoundaryAreReported() {
      assertThat(roles(FIXTURE).evaluate(fixture).hasViolation()).isTrue();
      assertThat(keys(roleViolations(FIXTURE, fixture)))
          .containsExactlyInAnyOrder(
              "problem.entity.Problem -> problem.boundary.Problems",
              "vote.control.Tally -> vote.boundary.Votes");
    }

    @Test
    void aClassOutsideTheRolesIsReported() {
      assertThat(rolePackages(FIXTURE).evaluate(fixture).hasViolation()).isTrue();
      assertThat(keys(violations("roles", FIXTURE, rolePackages(FIXTURE).evaluate(fixture))))
          .singleElement()
          .asString()
          .contains("archfixture.gadget.Gadget");
    }

    @Test
    void anEntitySeeingCdiIsReported() {
      assertThat(entitiesWithoutCdi(FIXTURE).evaluate(fixture).hasViolation()).isTrue();
      assertThat(keys(violations("cdi", FIXTURE, entitiesWithoutCdi(FIXTURE).evaluate(fixture))))
          .containsExactly("problem.entity.Problem -> jakarta.inject.Inject");
    }

    @Test
    void aTransactionAttributeOnAMethodIsReported() {
      var result = transactionsOnClassesOnly().evaluate(fixture);
      assertThat(result.hasViolation()).isTrue();
      assertThat(result.getFailureReport().getDetails())
          .singleElement()
          .asString()
          .contains("Places.name");
    }

    @Test
    void aNativeWriteOfAnotherFeaturesTableIsReported() {
      assertThat(SqlWrites.violations(FIXTURE_SOURCES, OWNS))
          .extracting(Violation::key, Violation::at)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "vote.boundary.Votes writes problem", Set.of("Votes.java:28")),
              org.assertj.core.groups.Tuple.tuple(
                  "vote.boundary.Votes writes a table named at run time", Set.of("Votes.java:33")));
    }

    @Test
    void sqlSplitOverLiteralsIsReadAsOneStatement() {
      var source =
          String.join(
              "\n",
              "class X {",
              "  // UPDATE problem SET ignored = 1 (a comment)",
              "  String a = \"SELECT id FROM problem WHERE id = ? FOR UPDATE\";",
              "  String b = \"INSERT INTO dashboard_month (votes) SELECT 1\"",
              "      + \" ON DUPLICATE KEY UPDATE votes = VALUES(votes)\";",
              "  String c = \"UPDATE\" + \" reply SET body = ?\" + \" WHERE id = ?\";",
              "  String d = \"UPDATE \" + table + \" SET x = 1\";",
              "  String e = \"Please update the page\";",
              "  String f = \"\"\"",
              "      delete from `follow` where 1\"\"\";",
              "  char g = '\"';",
              "  String h = \"replace into vote values (1)\";",
              "}");
      assertThat(SqlWrites.writes(source))
          .containsExactly(
              new SqlWrites.Write("dashboard_month", 4),
              new SqlWrites.Write("reply", 6),
              new SqlWrites.Write(SqlWrites.DYNAMIC, 7),
              new SqlWrites.Write("the", 8),
              new SqlWrites.Write("follow", 10),
              new SqlWrites.Write("vote", 12));
    }

    private static List<String> keys(List<Violation> violations) {
      return violations.stream().map(Violation::key).toList();
    }
  }
}
