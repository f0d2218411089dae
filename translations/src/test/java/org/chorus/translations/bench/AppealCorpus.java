package org.chorus.translations.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.chorus.translations.Token;
import org.chorus.translations.memory.MemoryContext;
import org.chorus.translations.memory.MemoryQuery;
import org.chorus.translations.memory.MemoryUnit;

/**
 * Appeal-like memory units, generated from our own templates and word lists, the same for the same
 * seed. English sentences are built from templates with names, places, officials, dates and numbers
 * (names, e-mails and phones as protected tokens, some phrases in bold); sentences in other
 * languages are stand-ins with the statistics of real ones: each English word becomes a fixed
 * invented word of the language's script (Latin with accents, Cyrillic, Arabic, Han and kana), so
 * the number of words, their frequencies and the scripts' tokenisation are realistic even though
 * the words mean nothing.
 */
public final class AppealCorpus {

  private static final String[] FIRST = {
    "Mariam", "Ali", "Nasrin", "Pedro", "Aung", "Svetlana", "Joseph", "Fatima", "Kwame", "Lucia",
    "Hassan", "Mei", "Oleksandr", "Thandiwe", "Rahul", "Ines", "Dawit", "Leila", "Tomas", "Ayesha",
    "Gulnara", "Kofi", "Ngozi", "Arturo", "Zainab", "Bilal", "Yulia", "Samuel", "Rosa", "Tenzin",
    "Hyun", "Amina", "Marco", "Nadia", "Omid", "Esther", "Ruslan", "Chiara", "Farid", "Ana"
  };
  private static final String[] LAST = {
    "Tadesse",
    "Musa",
    "Rahimi",
    "Alvarez",
    "Kyaw",
    "Petrova",
    "Mensah",
    "Haddad",
    "Osei",
    "Romero",
    "Karimi",
    "Lin",
    "Bondar",
    "Dlamini",
    "Sharma",
    "Moreau",
    "Bekele",
    "Nasser",
    "Novak",
    "Siddiqui",
    "Abenova",
    "Boateng",
    "Okafor",
    "Mendoza",
    "Bello",
    "Qureshi",
    "Sokolova",
    "Eto",
    "Pineda",
    "Dorje",
    "Park",
    "Diallo",
    "Ricci",
    "Benali",
    "Tehrani",
    "Achieng",
    "Aliev",
    "Conti",
    "Zaman",
    "Silva"
  };
  private static final String[] PLACES = {
    "Addis Ababa",
    "Tehran",
    "Yangon",
    "Minsk",
    "Harare",
    "Caracas",
    "Tashkent",
    "Khartoum",
    "Manila",
    "Cairo",
    "Baku",
    "Istanbul",
    "Lagos",
    "Bogota",
    "Dhaka",
    "Hanoi",
    "Tunis",
    "Kampala",
    "Nairobi",
    "Almaty",
    "Colombo",
    "Algiers",
    "Riyadh",
    "Managua",
    "Kabul",
    "Lima",
    "Rabat",
    "Phnom Penh",
    "Tbilisi",
    "Asmara"
  };
  private static final String[] OFFICIALS = {
    "Minister of Justice", "Prosecutor General", "Minister of the Interior", "Head of State",
    "Director of Prisons", "Chief of Police", "Attorney General", "President of the Supreme Court",
    "Minister of Foreign Affairs", "Ambassador", "Governor of the region", "Military Prosecutor"
  };
  private static final String[] JOBS = {
    "journalist",
    "lawyer",
    "student",
    "teacher",
    "trade unionist",
    "human rights defender",
    "blogger",
    "doctor",
    "environmental activist",
    "poet",
    "nurse",
    "farmer",
    "artist",
    "women's rights activist",
    "community leader",
    "photographer"
  };
  private static final String[] CHARGES = {
    "spreading false news",
    "undermining state security",
    "insulting the head of state",
    "membership of a banned group",
    "illegal assembly",
    "propaganda against the state",
    "inciting hatred",
    "terrorism",
    "espionage",
    "disturbing public order",
    "tax evasion",
    "organising an unauthorised protest"
  };
  private static final String[] PLACES_HELD = {
    "a secret detention centre", "the central prison", "an unknown location",
    "the headquarters of the security services", "a military camp", "a police station",
    "solitary confinement", "a psychiatric hospital"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };
  private static final String[] TEMPLATES = {
    "URGENT ACTION",
    "TAKE ACTION",
    "ADDITIONAL INFORMATION",
    "PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: {date}",
    "Dear {official},",
    "Yours sincerely,",
    "{name}, a {job} from {place}, was arrested on {date}.",
    "{name} was arrested on {date} by officers of the security services in {place}.",
    "{name} has been held in {held} since {date}.",
    "{name} has been charged with {charge} and faces up to {n} years in prison.",
    "On {date}, a court in {place} sentenced {name} to {n} years in prison for {charge}.",
    "{name}'s family has not been told where {pronoun} is held.",
    "{name} has not been allowed to see a lawyer or {pronoun2} family since {date}.",
    "We fear that {name} is at risk of torture and other ill-treatment.",
    "{name} suffers from a heart condition and needs urgent medical care.",
    "{name} is a prisoner of conscience, held solely for {pronoun2} peaceful work as a {job}.",
    "I urge you to release {name} immediately and unconditionally.",
    "I call on you to {b}release {name} immediately and unconditionally{/b}, as {pronoun} is held"
        + " solely for peacefully exercising {pronoun2} right to freedom of expression.",
    "Pending {pronoun2} release, ensure that {name} has regular access to {pronoun2} family, a"
        + " lawyer of {pronoun2} choice and adequate medical care.",
    "Please ensure that {name} is protected from torture and other ill-treatment.",
    "Drop all charges against {name} and the {n} other {job}s arrested with {pronoun3}.",
    "Write to the {official} in your own words, or use the model letter below.",
    "Tell us what you did: send an e-mail to {email} or call {phone}.",
    "Share this appeal on social media with the hashtag #Free{last} and tag {handle}.",
    "The authorities have arrested at least {n} {job}s in {place} since {month} {year}.",
    "The trial of {name} is due to resume on {date} before the court of {place}.",
    "{name} went on hunger strike on {date} to protest against {pronoun2} detention.",
    "Security forces used live ammunition against peaceful protesters in {place}, killing at least"
        + " {n} people.",
    "According to {pronoun2} lawyer, {name} was beaten during interrogation and forced to sign a"
        + " confession.",
    "The United Nations Working Group on Arbitrary Detention found {pronoun2} detention arbitrary"
        + " in {year}.",
    "{name} was released on bail on {date} but remains under a travel ban.",
    "Contact details: {official}, Ministry of Justice, {n} Independence Avenue, {place}.",
    "Email: {email}",
    "Phone: {phone}",
    "Salutation: Dear {official}",
    "Background: {name} has worked as a {job} in {place} for {n} years.",
    "{name}'s relatives say that {pronoun} was taken from {pronoun2} home at night by men in plain"
        + " clothes who did not show an arrest warrant.",
    "The {official} has not answered our letters of {date} and {date2}.",
    "Since {month} {year}, at least {n} people have been detained for posting criticism of the"
        + " government online.",
    "Please send appeals before {date}, in {language} or your own language."
  };
  private static final String[] LANGUAGES = {"English", "French", "Arabic", "Spanish", "Russian"};
  private static final String[] OFF_TOPIC = {
    "The weather in {place} will be sunny with light winds on {date}.",
    "Our football team won the regional cup with {n} goals in the final.",
    "Add two cups of flour and a pinch of salt, then stir for {n} minutes.",
    "The new printer on the third floor needs a password to start.",
    "Train services between {place} and the airport run every {n} minutes.",
    "Remember to water the plants on the balcony every morning."
  };

  /** Source language → its target languages, and the share of units in that source language. */
  private static final Object[][] PAIRS = {
    {"en", new String[] {"fr", "es", "ar", "ja", "ru", "de", "pt"}, 70},
    {"fr", new String[] {"ar", "en", "de"}, 8},
    {"es", new String[] {"en", "pt"}, 6},
    {"ar", new String[] {"en", "fr"}, 6},
    {"ru", new String[] {"en", "de"}, 5},
    {"ja", new String[] {"en", "zh"}, 5}
  };

  private final SplittableRandom random;

  public AppealCorpus(long seed) {
    random = new SplittableRandom(seed);
  }

  /** A sentence with its tokens, in English. */
  public record Sentence(String text, List<Token> tokens) {}

  /** The next {@code size} units, ids from {@code firstId}, in documents of about 40 sentences. */
  public List<MemoryUnit> units(int size, long firstId) {
    List<MemoryUnit> out = new ArrayList<>(size);
    while (out.size() < size) {
      Object[] pair = pickPair();
      String sourceLang = (String) pair[0];
      String[] targets = (String[]) pair[1];
      String targetLang = targets[random.nextInt(targets.length)];
      int length = Math.min(size - out.size(), 20 + random.nextInt(40));
      List<Sentence> doc = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        doc.add(sentence(false));
      }
      for (int i = 0; i < length; i++) {
        Sentence s = doc.get(i);
        String source = in(sourceLang, s.text());
        String target = in(targetLang, s.text());
        long id = firstId + out.size();
        MemoryContext context =
            MemoryContext.of(
                Long.toHexString(id * 0x9E3779B97F4A7C15L),
                i > 0 ? in(sourceLang, doc.get(i - 1).text()) : null,
                i + 1 < length ? in(sourceLang, doc.get(i + 1).text()) : null);
        out.add(
            new MemoryUnit(
                id,
                Locale.forLanguageTag(sourceLang),
                Locale.forLanguageTag(targetLang),
                source,
                target,
                s.tokens(),
                context,
                random.nextInt(50) == 0 ? 7 : 0,
                "translator" + random.nextInt(40),
                Instant.ofEpochSecond(1_700_000_000L + id * 60),
                Map.of("appeal", Integer.toString((int) (id / 45))),
                List.of()));
      }
    }
    return out;
  }

  /** A query for the pair of a unit: the unit edited in one to three words. */
  public MemoryQuery edited(MemoryUnit unit) {
    List<String> words = new ArrayList<>(List.of(unit.source().split(" ")));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !words.isEmpty(); e++) {
      int at = random.nextInt(words.size());
      if (words.get(at).startsWith("{")) {
        continue;
      }
      String replacement = in(lang(unit.sourceLocale()), pick(JOBS).split(" ")[0]);
      switch (random.nextInt(3)) {
        case 0 -> words.set(at, replacement);
        case 1 -> words.remove(at);
        default -> words.add(at, replacement);
      }
    }
    return MemoryQuery.of(
        String.join(" ", words), unit.tokens(), unit.sourceLocale(), unit.targetLocale());
  }

  /** A new appeal sentence (or, when offTopic, an unrelated one) for a language pair. */
  public MemoryQuery fresh(Locale source, Locale target, boolean offTopic) {
    Sentence s = sentence(offTopic);
    return MemoryQuery.of(in(lang(source), s.text()), s.tokens(), source, target);
  }

  public Sentence sentence(boolean offTopic) {
    String template = pick(offTopic ? OFF_TOPIC : TEMPLATES);
    List<Token> tokens = new ArrayList<>();
    String first = pick(FIRST);
    String last = pick(LAST);
    boolean she = random.nextBoolean();
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String slot = template.substring(i + 1, close);
      i = close + 1;
      out.append(
          switch (slot) {
            case "name" -> protect(tokens, first + " " + last);
            case "last" -> last;
            case "email" -> protect(tokens, last.toLowerCase(Locale.ROOT) + "@example.org");
            case "phone" ->
                protect(
                    tokens, "+" + (20 + random.nextInt(70)) + " " + digits(3) + " " + digits(4));
            case "handle" -> protect(tokens, "@" + pick(LAST).toLowerCase(Locale.ROOT) + "_ua");
            case "place" -> pick(PLACES);
            case "official" -> pick(OFFICIALS);
            case "job" -> pick(JOBS);
            case "charge" -> pick(CHARGES);
            case "held" -> pick(PLACES_HELD);
            case "date", "date2" ->
                (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + (2015 + random.nextInt(12));
            case "month" -> pick(MONTHS);
            case "year" -> Integer.toString(2015 + random.nextInt(12));
            case "n" -> Integer.toString(2 + random.nextInt(60));
            case "language" -> pick(LANGUAGES);
            case "pronoun" -> she ? "she" : "he";
            case "pronoun2" -> she ? "her" : "his";
            case "pronoun3" -> she ? "her" : "him";
            case "b" -> "{1}";
            case "/b" -> "{/1}";
            default -> slot;
          });
    }
    if (template.contains("{b}")) {
      tokens.add(new Token("{1}", Token.Kind.MARKUP, "<strong>"));
      tokens.add(new Token("{/1}", Token.Kind.MARKUP, "</strong>"));
    }
    return new Sentence(out.toString(), tokens);
  }

  private static String protect(List<Token> tokens, String text) {
    String placeholder = "{p" + (tokens.size() + 1) + "/}";
    tokens.add(new Token(placeholder, Token.Kind.PROTECTED, text));
    return placeholder;
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private Object[] pickPair() {
    int r = random.nextInt(100);
    for (Object[] p : PAIRS) {
      r -= (Integer) p[2];
      if (r < 0) {
        return p;
      }
    }
    return PAIRS[0];
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static String lang(Locale l) {
    return l.getLanguage();
  }

  /** An English sentence as a stand-in sentence of another language (identity for English). */
  static String in(String language, String english) {
    if (language.equals("en")) {
      return english;
    }
    StringBuilder out = new StringBuilder(english.length() + 8);
    int i = 0;
    while (i < english.length()) {
      char c = english.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < english.length() && Character.isLetter(english.charAt(j))) {
          j++;
        }
        out.append(word(language, english.substring(i, j)));
        i = j;
      } else if (c == '{') {
        int j = english.indexOf('}', i) + 1;
        out.append(english, i, j);
        i = j;
      } else {
        boolean unspaced = language.equals("ja") || language.equals("zh");
        if (!(unspaced && c == ' ')) {
          out.append(unspaced && c == '.' ? '。' : unspaced && c == ',' ? '、' : c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static final String[] LATIN = {
    "a", "e", "i", "o", "u", "é", "è", "à", "ou", "ai", "ie", "ü", "ñ", "ç", "ó", "ei"
  };
  private static final String CONSONANTS = "bcdfglmnprstvz";

  /** A fixed invented word of a language standing for an English word. */
  private static String word(String language, String english) {
    long h =
        english.toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B97F4A7C15L + language.hashCode();
    int syllables = 1 + Math.min(3, english.length() / 3);
    StringBuilder w = new StringBuilder();
    for (int s = 0; s < syllables; s++) {
      h = h * 6364136223846793005L + 1442695040888963407L;
      int r = (int) (h >>> 33);
      switch (language) {
        case "ru" -> w.append((char) (0x0430 + r % 32)).append((char) (0x0430 + (r >> 5) % 32));
        case "ar" -> w.append((char) (0x0628 + r % 26)).append((char) (0x0628 + (r >> 5) % 26));
        case "ja" ->
            w.append(s == 0 ? (char) (0x4E00 + r % 3000) : (char) (0x3041 + (r >> 5) % 80));
        case "zh" -> w.append((char) (0x4E00 + r % 5000));
        default ->
            w.append(CONSONANTS.charAt(r % CONSONANTS.length()))
                .append(LATIN[(r >> 5) % LATIN.length]);
      }
    }
    if (Character.isUpperCase(english.charAt(0)) && Character.isLetter(w.charAt(0))) {
      w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
    }
    return w.toString();
  }
}
