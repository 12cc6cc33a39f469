package org.vedika.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vedika.account.boundary.Members;
import org.vedika.account.entity.Member;
import org.vedika.account.entity.Role;
import org.vedika.place.boundary.Places;
import org.vedika.problem.boundary.Problems;
import org.vedika.problem.control.HotRank;
import org.vedika.problem.control.WritingLimits;
import org.vedika.problem.entity.Category;
import org.vedika.problem.entity.ProblemStatus;
import org.vedika.response.boundary.Lifecycle;
import org.vedika.schema.boundary.SchemaMigration.SchemaCurrent;
import org.vedika.vote.boundary.Votes;

/**
 * Seeds the demo members, problems, replies and votes once the schema is current, in one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class DemoData {

  public static final String PASSWORD = "vedika-demo-2026";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "vedika.demo", defaultValue = "false")
  boolean enabled;

  @Inject Members members;
  @Inject Problems problems;
  @Inject Votes votes;
  @Inject Places places;
  @Inject WritingLimits limits;
  @Inject Lifecycle lifecycle;
  @Inject org.vedika.recurring.boundary.Grouping grouping;
  @Inject org.vedika.guide.boundary.Guides guides;
  @PersistenceContext EntityManager em;

  /** A demo account: login, display name, home village, and the role with the place it covers. */
  record Account(String login, String name, String village, Role role, String scope) {}

  /** A demo problem: who raised it where, when (days ago), and who answered or voted. */
  record Story(
      String author,
      String place,
      Category category,
      String title,
      String body,
      int daysAgo,
      List<String[]> replies,
      List<String> voters) {}

  static final List<Account> ACCOUNTS =
      List.of(
          new Account("012345001", "សុខា", "05070101", Role.CITIZEN, null),
          new Account("012345002", "ដារ៉ា", "05070102", Role.CITIZEN, null),
          new Account("012345003", "ស្រីមុំ", "05070201", Role.CITIZEN, null),
          new Account("012345004", "Vannak (union trainer)", "12010101", Role.TRAINER, "12"),
          new Account("012345005", "ចាន់ធា", "12010102", Role.CITIZEN, null),
          new Account(
              "official@vedika.example",
              "លោក ជា សុផល (មេឃុំរលាំងចក)",
              "05070103",
              Role.OFFICIAL,
              "050701"),
          new Account(
              "moderator@vedika.example",
              "កញ្ញា (អ្នកសម្របសម្រួល)",
              "05070104",
              Role.MODERATOR,
              "0507"),
          new Account(
              "policy@vedika.example",
              "Policy analyst, Kampong Speu",
              "12010103",
              Role.POLICYMAKER,
              "05"),
          new Account("admin@vedika.example", "Vedika admin", "12010103", Role.ADMIN, null));

  static final List<Story> STORIES =
      List.of(
          new Story(
              "012345001",
              "05070101",
              Category.NSSF_HEALTH_WORKERS,
              "មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស. នៅថ្ងៃអាទិត្យ",
              "ខ្ញុំបានបង្ហាញប័ណ្ណ ប.ស.ស. នៅមន្ទីរពេទ្យខេត្តនៅយប់ថ្ងៃអាទិត្យ ប៉ុន្តែគេប្រាប់ថាតុ ប.ស.ស. បិទ ដូច្នេះខ្ញុំត្រូវបង់ប្រាក់ខ្លួនឯង។\nតើខ្ញុំអាចទាមទារប្រាក់វិញបានទេ?",
              2,
              List.<String[]>of(
                  new String[] {
                    "012345002", "ខ្ញុំក៏ជួបដូចគ្នាដែរ កាលពីខែមុន។ គេឱ្យខ្ញុំរង់ចាំដល់ថ្ងៃច័ន្ទ។"
                  },
                  new String[] {
                    "official@vedika.example",
                    "សូមយកវិក្កយបត្រមកការិយាល័យឃុំនៅថ្ងៃពុធ។ យើងនឹងបញ្ជូនទៅ ប.ស.ស. ខេត្ត។"
                  }),
              List.of("012345002", "012345003", "012345004", "012345005")),
          new Story(
              "012345002",
              "05070102",
              Category.IDPOOR_REGISTRATION,
              "ស្នើសុំប័ណ្ណសមធម៌តាមការស្នើសុំ តែមិនទាន់បានលទ្ធផល",
              "យើងបានស្នើសុំការវាយតម្លៃប័ណ្ណសមធម៌តាមការស្នើសុំ កាលពីខែមីនា។ ស្មៀនឃុំថាទិន្នន័យបានផ្ញើហើយ ប៉ុន្តែបីខែហើយ យើងមិនទាន់ដឹងអ្វីសោះ។ តើយើងគួរសួរនរណា?",
              9,
              List.<String[]>of(new String[] {"012345001", "គ្រួសារខ្ញុំក៏រង់ចាំដែរ។"}),
              List.of("012345001", "012345003")),
          new Story(
              "012345003",
              "05070201",
              Category.MOTHER_CHILD_CASH,
              "ប្រាក់ឧបត្ថម្ភពេលមានផ្ទៃពោះ មិនទាន់ទទួលបានគ្រប់",
              "ខ្ញុំបានទៅពិនិត្យផ្ទៃពោះទាំង ៤ ដង ប៉ុន្តែប្រាក់ចូលគណនី Wing របស់ខ្ញុំតែ ២ ដងប៉ុណ្ណោះ។",
              5,
              List.<String[]>of(),
              List.of("012345001", "012345005")),
          new Story(
              "012345004",
              "12010101",
              Category.NSSF_HEALTH_WORKERS,
              "My factory deducts NSSF every month but I am not registered",
              "My factory deducts social security every month, but when I checked the NSSF app my name is not registered. Three other workers on my line have the same problem.",
              3,
              List.<String[]>of(
                  new String[] {
                    "012345005", "Same at our factory. The HR office says it takes 3 months."
                  }),
              List.of("012345005", "012345001")),
          new Story(
              "012345005",
              "12010102",
              Category.EMPLOYMENT_INJURY,
              "ក្រុមហ៊ុនថាគ្រោះថ្នាក់ពេលធ្វើដំណើរទៅធ្វើការ មិនមែនជាគ្រោះថ្នាក់ការងារ",
              "ខ្ញុំត្រូវឡានដឹកទំនិញបុកពេលធ្វើដំណើរទៅរោងចក្រម៉ោង ៦ ព្រឹក។ ក្រុមហ៊ុនថាការធ្វើដំណើរមិនមែនជាគ្រោះថ្នាក់ការងារ ហើយមិនព្រមបំពេញពាក្យស្នើ។",
              14,
              List.<String[]>of(),
              List.of("012345004")),
          new Story(
              "012345001",
              "050701",
              Category.LOCAL_SERVICE_INFO,
              "The commune office was locked on Family Package registration day",
              "The commune announced registration for the Family Package on Monday, but the office was locked all day and there was no notice. Many elderly people walked far for nothing.",
              21,
              List.<String[]>of(
                  new String[] {
                    "official@vedika.example",
                    "We apologise. Registration moves to Thursday 8–11 am, and we will post the notice at every village chief's house."
                  }),
              List.of("012345002", "012345003")),
          new Story(
              "012345002",
              "05070103",
              Category.DISABILITY_ALLOWANCE,
              "ក្រុមវាយតម្លៃពិការភាពមិនទាន់មកឃុំយើងមួយឆ្នាំហើយ",
              "កូនប្រុសខ្ញុំដើរមិនរួច។ ក្រុមវាយតម្លៃពិការភាពមិនទាន់មកឃុំយើងអស់រយៈពេលមួយឆ្នាំហើយ។",
              30,
              List.<String[]>of(),
              List.of()),
          new Story(
              "012345003",
              "05070202",
              Category.PAYMENT_DELIVERY,
              "Payment agent charges 2,000 riel to hand over the Family Package money",
              "The payment agent in our village charges 2,000 riel to hand over the Family Package money. Is there a fee? Nobody told us.",
              1,
              List.<String[]>of(),
              List.of("012345001", "012345002", "012345005")),
          // the same problem as the first story, raised in three more places: a recurring problem
          new Story(
              "012345003",
              "05070201",
              Category.NSSF_HEALTH_WORKERS,
              "ពេទ្យបដិសេធប័ណ្ណ ប.ស.ស. ហើយឲ្យបង់លុយ",
              "ខ្ញុំធ្វើការរោងចក្រកាត់ដេរ។ ពេលកូនខ្ញុំឈឺ មន្ទីរពេទ្យបដិសេធប័ណ្ណ ប.ស.ស. ហើយខ្ញុំត្រូវបង់លុយ ៨០០០០ រៀល។",
              12,
              List.<String[]>of(),
              List.of("012345001", "012345005")),
          new Story(
              "012345005",
              "12010102",
              Category.NSSF_HEALTH_WORKERS,
              "Hospital refused my NSSF card at night",
              "I went to the hospital with a fever at night. They said the NSSF desk was closed and refused my card, so I paid cash.",
              20,
              List.<String[]>of(),
              List.of("012345002", "012345003")),
          new Story(
              "012345002",
              "05070401",
              Category.NSSF_HEALTH_WORKERS,
              "មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស. របស់កម្មករ",
              "កម្មករនៅភូមិយើងច្រើននាក់និយាយថា មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស. ទេ ហើយត្រូវបង់លុយទិញថ្នាំ។",
              35,
              List.<String[]>of(),
              List.of("012345001", "012345003")));

  /** The stories (by index) a curator has confirmed as one recurring problem. */
  static final List<Integer> RECURRING = List.of(0, 8, 9, 10);

  /** Seeds once the schema is current (immediately, or after the retries of a late database). */
  public void seed(@Observes SchemaCurrent current) {
    if (enabled) {
      limits.exempt(this::seedIfEmpty);
    }
  }

  private void seedIfEmpty() {
    long existing = em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    Map<String, Member> byLogin = new HashMap<>();
    for (var account : ACCOUNTS) {
      var member = members.signUp(account.login(), account.name(), PASSWORD, account.village());
      // demo members have been around for a while: they write at an established member's pace
      em.createNativeQuery(
              "UPDATE member SET created_at = created_at - INTERVAL 60 DAY WHERE id = ?")
          .setParameter(1, member.getId())
          .executeUpdate();
      if (account.role() != Role.CITIZEN) {
        members.grant(member.getId(), account.role(), account.scope(), null);
      }
      byLogin.put(account.login(), member);
    }
    var raised = new java.util.ArrayList<Long>();
    for (var story : STORIES) {
      var place = places.find(story.place()).orElseThrow();
      var problem =
          problems
              .raise(
                  byLogin.get(story.author()), place, story.title(), story.body(), story.category())
              .problem();
      raised.add(problem.getId());
      for (var reply : story.replies()) {
        var author = byLogin.get(reply[0]);
        var written = problems.reply(author, problem.getId(), reply[1]);
        // spread over the problem's life, as it happened, so the writing limits see nothing hurried
        em.createNativeQuery(
                "UPDATE reply SET created_at = created_at - INTERVAL ? DAY WHERE id = ?")
            .setParameter(1, Math.max(0, story.daysAgo() - 1))
            .setParameter(2, written.getId())
            .executeUpdate();
      }
      story.voters().forEach(voter -> votes.cast(byLogin.get(voter).getId(), problem.getId()));
      em.createNativeQuery(
              "UPDATE problem SET created_at = created_at - INTERVAL ? DAY,"
                  + " last_activity_at = last_activity_at - INTERVAL ? DAY WHERE id = ?")
          .setParameter(1, story.daysAgo())
          .setParameter(2, Math.max(0, story.daysAgo() - 1))
          .setParameter(3, problem.getId())
          .executeUpdate();
      em.createNativeQuery("UPDATE problem SET hot = " + HotRank.SQL + " WHERE id = ?")
          .setParameter(1, problem.getId())
          .executeUpdate();
    }
    // the Equity Card problem's author found the answer in its thread: solved (issue 20)
    var answered = raised.get(1);
    var answer =
        ((Number)
                em.createNativeQuery("SELECT MIN(id) FROM reply WHERE problem_id = ?")
                    .setParameter(1, answered)
                    .getSingleResult())
            .longValue();
    problems.markSolution(byLogin.get(STORIES.get(1).author()), answered, answer, true);
    // the union trainer heard the factory problem from 23 workers at his Sunday session
    em.createNativeQuery("UPDATE problem SET session_reports = 23 WHERE id = ?")
        .setParameter(1, raised.get(3))
        .executeUpdate();
    // the commune official of Roleang Chak at work: one problem in progress, one resolved
    var official = byLogin.get("official@vedika.example");
    lifecycle.move(
        official,
        raised.get(0),
        ProblemStatus.IN_PROGRESS,
        null,
        "ការិយាល័យ ប.ស.ស. ខេត្តបានទទួលវិក្កយបត្រចំនួន ៣ ហើយ។");
    lifecycle.move(
        official,
        raised.get(5),
        ProblemStatus.RESOLVED,
        null,
        "Registration took place on Thursday: 46 families registered. The notice is now posted at every village chief's house.");
    // the admin confirmed the hospitals refusing the NSSF card as one recurring problem
    grouping.create(
        byLogin.get("admin@vedika.example"),
        "មន្ទីរពេទ្យមិនទទួលប័ណ្ណ ប.ស.ស.",
        "Hospitals refuse the workers' NSSF card",
        Category.NSSF_HEALTH_WORKERS,
        RECURRING.stream().map(raised::get).toList());
    // the first guides: written by the admin, published by the commune official (two people); the
    // Equity Card guide grew from the solved Equity Card problem
    var guideCount = 0;
    for (var entry : DemoGuides.read()) {
      var written =
          guides.write(
              byLogin.get("admin@vedika.example"),
              null,
              entry.text(),
              "equity-card".equals(entry.from()) ? answered : null);
      guides.publish(official, written.getGuide().getId(), written.getNumber());
      guideCount++;
    }
    var guidesLoaded = guideCount;
    LOG.info(
        () ->
            "Demo data loaded: "
                + ACCOUNTS.size()
                + " members, "
                + STORIES.size()
                + " problems, "
                + guidesLoaded
                + " guides");
  }
}
