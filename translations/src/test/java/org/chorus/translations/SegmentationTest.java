package org.chorus.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chorus's segmenter against Okapi's on the same default rules: the same sentences, in every
 * language the default rules cover; and, with Chorus's own rules, the differences that are meant.
 */
class SegmentationTest {

  static final String[] TEXTS = {
    "Mariam Tadesse was seen on 9 June. Dr. Tadesse was last seen near the police. Her colleagues"
        + " fear that she is held in secret! Is she safe? Write now.",
    "Contact Mr. Bekele, Ph.D., at the U.S. embassy e.g. by fax. It is No. 4 on the list. The"
        + " report (see p. 12) was published in 2023. In the U.K.: more to come. Vol. 3 is out.",
    "1. Write a letter. 2. Tell us what you did. A. First point. B. Second point.",
    "She said: \"Release her.\" Then she left. 17.2.3 Administering the case. He was 3.5 km away.",
    "Ella fue detenida el 3 de junio. ¿Dónde está? ¡Libérenla ya! El Sr. López lo confirmó.",
    "Elle a été arrêtée le 9 juin. M. Dupont l'a confirmé. Où est-elle ? Libérez-la !",
    "Sie wurde am 9. Juni festgenommen. Dr. Müller bestätigte es. Wo ist sie? Lassen Sie sie frei!",
    "Она была задержана 9 июня. Где она? Освободите её! Это подтвердил г. Иванов.",
    "Zij werd op 9 juni aangehouden. Dr. de Vries bevestigde dit. Waar is zij?",
    "Ela foi detida em 9 de junho. Onde está ela? Libertem-na! O Sr. Silva confirmou.",
    "È stata arrestata il 9 giugno. Dov'è? Liberatela! Il dott. Rossi lo ha confermato.",
    "Została zatrzymana 9 czerwca. Gdzie jest? Uwolnijcie ją! Potwierdził to dr Nowak.",
    "Hun blev anholdt den 9. juni. Hvor er hun? Løslad hende!",
  };

  static final String[] LANGUAGES = {
    "en", "en", "en", "en", "es", "fr", "de", "ru", "nl", "pt", "it", "pl", "da"
  };

  @Test
  void sameSentencesAsOkapiOnTheDefaultRules() throws Exception {
    for (int i = 0; i < TEXTS.length; i++) {
      assertSame(TEXTS[i], LANGUAGES[i]);
      assertSameWithCodes(TEXTS[i], LANGUAGES[i]);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ua-26-23.txt", "ua-26-23.md"})
  void sameSentencesAsOkapiOnTheSampleAppeal(String name) throws Exception {
    Path sample =
        Path.of(System.getProperty("chorus.samples.dir", "../../shared/samples/ua-26-23"), name);
    List<String> lines =
        Files.exists(sample)
            ? Files.readAllLines(sample)
            : List.of(
                new String(
                        Fixtures.resource("ua-58-27.txt"), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n"));
    if (!Files.exists(sample)) {
      System.out.println(
          "SegmentationTest: " + sample + " is absent; compared on the fixture instead.");
    }
    for (String line : lines) {
      if (!line.isBlank()) {
        assertSame(line, "en");
      }
    }
    assertSame(String.join(" ", lines), "en");
  }

  @Test
  void chorusRulesKeepContactLinesAndNumberedReferencesTogether() {
    assertEquals(
        List.of("Phone: +44 20 7946 0321 / Fax: +44 20 7946 0322"),
        chorus("Phone: +44 20 7946 0321 / Fax: +44 20 7946 0322", "en"),
        "a label and its value are one segment");
    assertEquals(
        List.of("PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 31 July 2027"),
        chorus("PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 31 July 2027", "en"));
    assertTrue(
        okapi("Phone: +44 20 7946 0321 / Fax: +44 20 7946 0322", "en").size() > 1,
        "Okapi's defaults split a contact line at its labels");
    assertEquals(
        List.of("See Art. 9 of the covenant.", "It protects her."),
        chorus("See Art. 9 of the covenant. It protects her.", "en"));
  }

  @Test
  void addressLinesStaySeparate() {
    TextFragment f = new TextFragment();
    f.append("Minister Tomas Varga");
    f.append(TagType.PLACEHOLDER, "lb", "<br>");
    f.append("12 Harbour Avenue");
    f.append(TagType.PLACEHOLDER, "lb", "<br>");
    f.append("Phone: +99 21 555 0142 / Fax: +99 21 555 0143");
    TextContainer c = new TextContainer(f);
    List<Range> ranges = new SentenceSegmenter(SentenceRules.forLanguage("en")).ranges(c);
    assertEquals(3, ranges.size(), "one segment a line: " + describe(c, ranges));
    assertEquals("Phone: +99 21 555 0142 / Fax: +99 21 555 0143", describe(c, ranges).get(2));
  }

  @Test
  void arabicChineseAndJapaneseEndSentencesWhereReadersDo() {
    assertEquals(
        List.of("اعتُقلت في 9 يونيو.", "أين هي؟", "أطلقوا سراحها!"),
        chorus("اعتُقلت في 9 يونيو. أين هي؟ أطلقوا سراحها!", "ar"));
    assertEquals(
        List.of("وقد أكّد د. أحمد ذلك.", "اكتبوا الآن."),
        chorus("وقد أكّد د. أحمد ذلك. اكتبوا الآن.", "ar"),
        "د. (doctor) does not end a sentence");
    assertEquals(
        List.of("她于6月9日被捕。", "她在哪里？", "“请释放她！”", "立即行动。"),
        chorus("她于6月9日被捕。她在哪里？“请释放她！”立即行动。", "zh-cn"));
    assertEquals(
        List.of("彼女は6月9日に逮捕された。", "彼女はどこにいるのか？", "「直ちに釈放せよ。」", "今すぐ行動を。"),
        chorus("彼女は6月9日に逮捕された。彼女はどこにいるのか？「直ちに釈放せよ。」今すぐ行動を。", "ja"));
    assertEquals(
        List.of("Её задержали в 2023 г. в Москве.", "Где она?"),
        chorus("Её задержали в 2023 г. в Москве. Где она?", "ru"));
  }

  /**
   * Scripts whose sentence marks Okapi's default rules do not know: what Chorus decided for each
   * (ICU's sentence breaks where they are right, a rule of Chorus's own where they are wrong or
   * silent), with the pseudo-translation of each sentence splitting the same way.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void scriptsWithoutLatinPunctuation(String language, String text, List<String> expected) {
    assertEquals(expected, chorus(text, language));
    SentenceSegmenter segmenter =
        new SentenceSegmenter(SentenceRules.forLanguage(LocaleId.fromBCP47(language).toString()));
    StringBuilder pseudo = new StringBuilder();
    for (String sentence : expected) {
      pseudo.append(pseudo.length() == 0 ? "" : " ");
      pseudo.append(PseudoTranslation.of(sentence, java.util.Locale.FRANCE, segmenter));
    }
    assertEquals(expected.size(), chorus(pseudo.toString(), language).size(), pseudo.toString());
  }

  static Stream<Arguments> scripts() {
    return Stream.of(
        // Hindi and Nepali (Devanagari), Bengali: । and ॥ end a sentence (ICU)
        Arguments.of(
            "hi",
            "वह 9 जून को गिरफ्तार हुई। उसका पता नहीं है। कृपया लिखें।",
            List.of("वह 9 जून को गिरफ्तार हुई।", "उसका पता नहीं है।", "कृपया लिखें।")),
        Arguments.of(
            "ne",
            "उनलाई भेट्न दिइएको छैन॥ कृपया लेख्नुहोस्।",
            List.of("उनलाई भेट्न दिइएको छैन॥", "कृपया लेख्नुहोस्।")),
        Arguments.of(
            "bn",
            "তাকে ৯ জুন গ্রেফতার করা হয়। দয়া করে লিখুন।",
            List.of("তাকে ৯ জুন গ্রেফতার করা হয়।", "দয়া করে লিখুন।")),
        // Urdu: ۔ (Arabic full stop), ؟
        Arguments.of(
            "ur",
            "وہ 9 جون کو گرفتار ہوئی۔ کیا وہ محفوظ ہے؟ براہ کرم لکھیں۔",
            List.of("وہ 9 جون کو گرفتار ہوئی۔", "کیا وہ محفوظ ہے؟", "براہ کرم لکھیں۔")),
        // Amharic: ። ends; a word space ፡ after it stays with it; a typed ፡፡ is a full stop
        Arguments.of(
            "am",
            "እሷ ሰኔ 9 ታሰረች።፡ የት እንዳለች አይታወቅም፡፡ እባክዎ ይጻፉ።",
            List.of("እሷ ሰኔ 9 ታሰረች።፡", "የት እንዳለች አይታወቅም፡፡", "እባክዎ ይጻፉ።")),
        Arguments.of("ti", "ንሳ ተኣሲራ።ኣበይ ከም ዘላ ኣይፍለጥን።", List.of("ንሳ ተኣሲራ።", "ኣበይ ከም ዘላ ኣይፍለጥን።")),
        // Burmese: ။ ends a sentence, ၊ (a comma) does not
        Arguments.of(
            "my",
            "သူမကို ဖမ်းဆီးခဲ့သည်၊ သို့သော် မသိရပါ။ စာရေးပါ။",
            List.of("သူမကို ဖမ်းဆီးခဲ့သည်၊ သို့သော် မသိရပါ။", "စာရေးပါ။")),
        // Khmer: ។ and ៕ end a sentence, ។ល។ (et cetera) does not
        Arguments.of(
            "km",
            "គាត់ត្រូវការថ្នាំ អាហារ។ល។ ជាបន្ទាន់។ សូមសរសេរ៕",
            List.of("គាត់ត្រូវការថ្នាំ អាហារ។ល។ ជាបន្ទាន់។", "សូមសរសេរ៕")),
        // Thai and Lao: a space after a long run ends a segment; a name's space does not
        Arguments.of(
            "th",
            "สมศรี ใจงาม ถูกจับกุมเมื่อวันที่ 9 มิถุนายน ไม่มีใครรู้ว่าเธอถูกควบคุมตัวไว้ที่ใด โปรดเขียนจดหมายถึงรัฐมนตรี",
            List.of(
                "สมศรี ใจงาม ถูกจับกุมเมื่อวันที่ 9 มิถุนายน ไม่มีใครรู้ว่าเธอถูกควบคุมตัวไว้ที่ใด",
                "โปรดเขียนจดหมายถึงรัฐมนตรี")),
        Arguments.of(
            "lo",
            "ສົມພອນ ແກ້ວມະນີ ບໍ່ມີໃຜຮູ້ວ່າລາວຖືກກັກຂັງຢູ່ໃສ ກະລຸນາຂຽນຈົດໝາຍ",
            List.of("ສົມພອນ ແກ້ວມະນີ ບໍ່ມີໃຜຮູ້ວ່າລາວຖືກກັກຂັງຢູ່ໃສ", "ກະລຸນາຂຽນຈົດໝາຍ")),
        // Tibetan: a shad and a space
        Arguments.of(
            "bo",
            "ཁོ་མོ་བཙོན་དུ་བཅུག་སོང་། ཡི་གེ་འབྲི་རོགས།",
            List.of("ཁོ་མོ་བཙོན་དུ་བཅུག་སོང་།", "ཡི་གེ་འབྲི་རོགས།")),
        // Armenian: ։ (ICU) and a typed colon before a capital; ՞ inside a word ends nothing
        Arguments.of(
            "hy",
            "Նրան ձերբակալել են։ Ո՞ւր է նա: Խնդրում ենք գրել։",
            List.of("Նրան ձերբակալել են։", "Ո՞ւր է նա:", "Խնդրում ենք գրել։")),
        // Hebrew and Arabic have no capitals; Greek asks with ;
        Arguments.of(
            "he",
            "היא נעצרה ב-9 ביוני. איש אינו יודע היכן היא.",
            List.of("היא נעצרה ב-9 ביוני.", "איש אינו יודע היכן היא.")),
        Arguments.of(
            "ar", "اعتُقلت في 9 يونيو. أين هي؟", List.of("اعتُقلت في 9 يونيو.", "أين هي؟")),
        Arguments.of(
            "el",
            "Συνελήφθη στις 9 Ιουνίου. Πού βρίσκεται; Γράψτε σήμερα.",
            List.of("Συνελήφθη στις 9 Ιουνίου.", "Πού βρίσκεται;", "Γράψτε σήμερα.")),
        // CJK: full stops without spaces
        Arguments.of("zh", "她于6月9日被捕。请今天就写信。", List.of("她于6月9日被捕。", "请今天就写信。")),
        Arguments.of("ko", "그녀는 체포되었다. 지금 행동하라.", List.of("그녀는 체포되었다.", "지금 행동하라.")));
  }

  private static void assertSame(String text, String language) {
    TextContainer a = container(text);
    TextContainer b = container(text);
    ISegmenter okapi = OkapiSegmentation.segmenterFor(LocaleId.fromBCP47(language));
    okapi.computeSegments(a);
    List<Range> expected = okapi.getRanges();
    List<Range> actual =
        new SentenceSegmenter(SentenceRules.defaultsOnly(LocaleId.fromBCP47(language).toString()))
            .ranges(b);
    assertEquals(describe(a, expected), describe(b, actual), language + ": " + text);
  }

  private static TextContainer container(String text) {
    return new TextContainer(text);
  }

  /** The same text with bold around each word after a full stop and a line break code. */
  private static void assertSameWithCodes(String text, String language) {
    TextContainer a = new TextContainer(withCodes(text));
    TextContainer b = new TextContainer(withCodes(text));
    ISegmenter okapi = OkapiSegmentation.segmenterFor(LocaleId.fromBCP47(language));
    okapi.computeSegments(a);
    List<Range> actual =
        new SentenceSegmenter(SentenceRules.defaultsOnly(LocaleId.fromBCP47(language).toString()))
            .ranges(b);
    assertEquals(describe(a, okapi.getRanges()), describe(b, actual), "with codes, " + language);
  }

  private static TextFragment withCodes(String text) {
    TextFragment f = new TextFragment();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        f.append(' ');
      }
      boolean afterStop = i > 0 && words[i - 1].endsWith(".");
      if (afterStop) {
        f.append(TagType.OPENING, "b", "<b>");
        f.append(words[i]);
        f.append(TagType.CLOSING, "b", "</b>");
      } else if (words[i].endsWith("!")) {
        f.append(words[i]);
        f.append(TagType.PLACEHOLDER, "lb", "<br/>");
      } else {
        f.append(words[i]);
      }
    }
    return f;
  }

  private static List<String> chorus(String text, String language) {
    TextContainer c = container(text);
    List<Range> ranges =
        new SentenceSegmenter(SentenceRules.forLanguage(LocaleId.fromBCP47(language).toString()))
            .ranges(c);
    return describe(c, ranges);
  }

  private static List<String> okapi(String text, String language) {
    TextContainer c = container(text);
    ISegmenter s = OkapiSegmentation.segmenterFor(LocaleId.fromBCP47(language));
    s.computeSegments(c);
    return describe(c, s.getRanges());
  }

  private static List<String> describe(TextContainer c, List<Range> ranges) {
    String coded = c.getCodedText();
    List<String> out = new ArrayList<>();
    for (Range r : ranges) {
      out.add(coded.substring(r.start, r.end));
    }
    return out;
  }
}
