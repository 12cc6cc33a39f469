package org.vedika.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SearchText} against a real MariaDB with the server defaults of our shared machines ({@code
 * innodb_ft_min_token_size=3}, InnoDB's stopwords on): the machine's MariaDB at 127.0.0.1:3306
 * (root, no password), in a scratch database of its own that is dropped at the end. It proves that
 * the encoding of short words and stopwords survives InnoDB's parser, and that the server really
 * does drop the same words unencoded.
 */
class SearchTextMariaDbTest {

  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String USER = "root";
  private static final String PASSWORD = "";

  private static final String[] POSTS = {
    /* 1 */ "ខ្ញុំមិនទាន់ទទួលបានប្រាក់ឧបត្ថម្ភសម្រាប់ស្ត្រីមានផ្ទៃពោះទេ",
    /* 2 */ "ប័ណ្ណសមធម៌របស់គ្រួសារខ្ញុំផុតសុពលភាពហើយ",
    /* 3 */ "មន្ទីរពេទ្យមិនទទួលកាតបេឡាជាតិរបបសន្តិសុខសង្គម",
    /* 4 */ "The hospital did not accept my NSSF card ប័ណ្ណ ប.ស.ស.",
    /* 5 */ "Where is the cash for children under 2? កុមារអាយុក្រោម២ឆ្នាំ ឆ្នាំ២០២៦",
    /* 6 */ "គាត់ជាគ្រូបង្រៀន, he is waiting for the Family Package កញ្ចប់គ្រួសារ",
    /* 7 */ "supercalifragilistic".repeat(5),
  };

  private static String database;
  private static Connection connection;
  private static String unreachable;

  @BeforeAll
  static void createScratchDatabase() throws SQLException {
    database =
        "search_text_test_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    try {
      connection = DriverManager.getConnection(SERVER + "?connectTimeout=2000", USER, PASSWORD);
    } catch (SQLException e) {
      unreachable = e.getMessage();
      return;
    }
    try (var statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      statement.execute("USE `" + database + "`");
      statement.execute(
          "CREATE TABLE post (id INT PRIMARY KEY, body TEXT NOT NULL, search_text TEXT NOT NULL,"
              + " FULLTEXT (search_text)) ENGINE=InnoDB"
              + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }
    try (var insert =
        connection.prepareStatement("INSERT INTO post (id, body, search_text) VALUES (?, ?, ?)")) {
      for (var i = 0; i < POSTS.length; i++) {
        insert.setInt(1, i + 1);
        insert.setString(2, POSTS[i]);
        insert.setString(3, SearchText.index(POSTS[i]));
        insert.executeUpdate();
      }
    }
  }

  @AfterAll
  static void dropScratchDatabase() throws SQLException {
    if (connection != null) {
      try (var open = connection;
          var statement = open.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
      }
    }
  }

  /** Each test, not the class, is skipped, so the reason shows in every report. */
  @BeforeEach
  void needsTheServer() {
    assumeTrue(
        unreachable == null,
        () ->
            "no MariaDB answers on 127.0.0.1:3306 (root, no password), so the FULLTEXT encoding"
                + " cannot be checked against a real server: "
                + unreachable);
  }

  /** The ids of the posts a boolean-mode search string finds, in id order. */
  private static List<Integer> find(String against) throws SQLException {
    try (var select =
        connection.prepareStatement(
            "SELECT id FROM post WHERE MATCH (search_text) AGAINST (? IN BOOLEAN MODE) ORDER BY"
                + " id")) {
      select.setString(1, against);
      try (var rows = select.executeQuery()) {
        var ids = new ArrayList<Integer>();
        while (rows.next()) {
          ids.add(rows.getInt(1));
        }
        return ids;
      }
    }
  }

  private static List<Integer> search(String userQuery) throws SQLException {
    return find(SearchText.query(userQuery).orElseThrow());
  }

  @Test
  void theServerHasTheDefaultsTheEncodingIsFor() throws SQLException {
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT @@innodb_ft_min_token_size, @@innodb_ft_enable_stopword, VERSION()")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3);
      assertThat(rows.getBoolean(2)).isTrue();
    }
  }

  @Test
  void findsATwoCodePointKhmerWordInsideASentence() throws SQLException {
    assertThat(search("ទេ")).containsExactly(1);
    assertThat(search("ជា")).containsExactly(6);
  }

  @Test
  void findsAKhmerWordInTheMiddleOfASentence() throws SQLException {
    assertThat(search("ស្ត្រី")).containsExactly(1);
    assertThat(search("ផុត")).containsExactly(2);
    assertThat(search("សន្តិសុខ")).containsExactly(3);
    assertThat(search("ប្រាក់ឧបត្ថម្ភ")).containsExactly(1);
  }

  @Test
  void findsEveryWordOfAKhmerPhraseTypedWithoutSpaces() throws SQLException {
    assertThat(search("ស្ត្រីមានផ្ទៃពោះ")).containsExactly(1);
    assertThat(search("គ្រួសារខ្ញុំ")).containsExactly(2);
    assertThat(search("ខ្ញុំ")).containsExactly(1, 2);
    assertThat(search("ស្ត្រី ផុត")).as("every word is required").isEmpty();
  }

  @Test
  void findsEnglishWordsWhateverTheirCase() throws SQLException {
    assertThat(search("hospital")).containsExactly(4);
    assertThat(search("nssf")).containsExactly(4);
    assertThat(search("NSSF Card")).containsExactly(4);
    assertThat(search("card")).containsExactly(4);
  }

  @Test
  void findsStopwordsAndShortEnglishWords() throws SQLException {
    assertThat(search("the")).containsExactly(4, 5, 6);
    assertThat(search("where")).containsExactly(5);
    assertThat(search("is")).containsExactly(5, 6);
    assertThat(search("the card")).containsExactly(4);
    assertThat(search("he")).containsExactly(6);
  }

  @Test
  void findsAbbreviationsAndNumbersInEitherScript() throws SQLException {
    assertThat(search("ប.ស.ស.")).containsExactly(4);
    assertThat(search("បសស")).containsExactly(4);
    assertThat(search("២០២៦")).containsExactly(5);
    assertThat(search("2026")).containsExactly(5);
    assertThat(search("ឆ្នាំ")).containsExactly(5);
    assertThat(search("2"))
        .as("'under 2', once with Latin and once with Khmer digits")
        .containsExactly(5);
  }

  @Test
  void findsAWordLongerThanInnoDbKeepsByItsCutForm() throws SQLException {
    assertThat(search("supercalifragilistic".repeat(5))).containsExactly(7);
    assertThat(find("+" + "supercalifragilistic".repeat(5))).as("uncut: dropped").isEmpty();
  }

  @Test
  void operatorsTypedByTheReaderAreOnlyWords() throws SQLException {
    assertThat(search("+ស្ត្រី -ទេ")).containsExactly(1);
    assertThat(search("card* -nssf")).containsExactly(4);
    assertThat(search("\"hospital")).containsExactly(4);
    assertThat(search("(the) ~card @2 <where>")).isEmpty();
  }

  @Test
  void queryAnyFindsPostsSharingAnyWordBestFirst() throws SQLException {
    var against = SearchText.queryAny("ខ្ញុំមិនទាន់បានប័ណ្ណសមធម៌ទេ").orElseThrow();

    assertThat(find(against)).containsExactly(1, 2, 4);
    try (var select =
        connection.prepareStatement(
            "SELECT id FROM post WHERE MATCH (search_text) AGAINST (? IN BOOLEAN MODE)"
                + " ORDER BY MATCH (search_text) AGAINST (? IN BOOLEAN MODE) DESC, id LIMIT 1")) {
      select.setString(1, against);
      select.setString(2, against);
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).as("shares ខ្ញុំ, មិនទាន់, បាន and ទេ").isEqualTo(1);
      }
    }
  }

  @Test
  void anExpandedQueryFindsOtherNamesAndRanksTheWordsTypedFirst() throws SQLException {
    // issue 16: "IDPoor" finds the Equity Card post (ប័ណ្ណសមធម៌), "NSSF" the Khmer name
    assertThat(find(SearchText.queryExpanded("IDPoor").orElseThrow())).contains(2);
    assertThat(find(SearchText.queryExpanded("social security NSSF").orElseThrow())).contains(3, 4);
    assertThat(find(SearchText.queryExpanded("family package").orElseThrow())).contains(6);
    var against = SearchText.queryExpanded("NSSF card").orElseThrow();
    try (var select =
        connection.prepareStatement(
            "SELECT id FROM post WHERE MATCH (search_text) AGAINST (? IN BOOLEAN MODE)"
                + " ORDER BY MATCH (search_text) AGAINST (? IN BOOLEAN MODE) DESC, id")) {
      select.setString(1, against);
      select.setString(2, against);
      try (var rows = select.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getInt(1)).as("the post with the words typed, first").isEqualTo(4);
        assertThat(rows.next()).as("then the one that names it in Khmer").isTrue();
      }
    }
  }

  @Test
  void withoutTheEncodingTheServerDropsShortWordsAndStopwords() throws SQLException {
    assertThat(find("+ទេ")).as("2 code points: below innodb_ft_min_token_size").isEmpty();
    assertThat(find("+the")).as("a stopword").isEmpty();
    assertThat(find("+card +the"))
        .as("a dropped required word makes the whole query find nothing")
        .isEmpty();
    assertThat(find("+ទេ_")).containsExactly(1);
    assertThat(find("+card +the_")).containsExactly(4);
  }

  @Test
  void everyIndexedTokenIsFoundAsItIsStored() throws SQLException {
    for (var i = 0; i < POSTS.length; i++) {
      for (var token : SearchText.index(POSTS[i]).split(" ")) {
        assertThat(find("+" + token)).as("token %s of post %d", token, i + 1).contains(i + 1);
      }
    }
  }
}
