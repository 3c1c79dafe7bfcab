//! Words of feedback, per language: where a text's words are, which are too common to
//! mean anything (stop words), and what form a word is compared by. Chinese is segmented
//! into words with jieba; French and Russian words are stemmed with the Snowball stemmers;
//! English and Armenian words are compared lower-cased.

use jieba_rs::Jieba;
use rust_stemmers::{Algorithm, Stemmer};

/// A language whose feedback the term table can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Simplified Chinese.
    Zh,
    /// Armenian.
    Hy,
}

impl Lang {
    /// Every language.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Ru, Lang::Zh, Lang::Hy];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
            Lang::Hy => "hy",
        }
    }

    /// The language of a code such as `fr`, `fr-CA` or `zh_CN`.
    pub fn parse(code: &str) -> Option<Lang> {
        let head = code.trim().get(..2)?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == head)
    }

    fn stop_words(self) -> &'static [&'static str] {
        match self {
            Lang::En => EN_STOP,
            Lang::Fr => FR_STOP,
            Lang::Ru => RU_STOP,
            Lang::Zh => ZH_STOP,
            Lang::Hy => HY_STOP,
        }
    }
}

/// The language of a text told by its script: Han is Chinese, Armenian letters Armenian,
/// Cyrillic Russian; a Latin text is French when it has more French than English stop
/// words, else English.
pub fn guess(text: &str) -> Lang {
    let (mut han, mut armenian, mut cyrillic, mut latin) = (0, 0, 0, 0);
    for c in text.chars() {
        match c {
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
            '\u{0530}'..='\u{058F}' => armenian += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            c if c.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let most = han.max(armenian).max(cyrillic).max(latin);
    if most == 0 || most == latin {
        let (mut fr, mut en) = (0, 0);
        for word in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let word = word.to_lowercase();
            fr += usize::from(FR_STOP.contains(&word.as_str()));
            en += usize::from(EN_STOP.contains(&word.as_str()));
        }
        if fr > en { Lang::Fr } else { Lang::En }
    } else if most == han {
        Lang::Zh
    } else if most == armenian {
        Lang::Hy
    } else {
        Lang::Ru
    }
}

/// A word as compared (`key`: lower-cased, stemmed where the language is) and as written
/// (`surface`: lower-cased), so a stem can be shown by a word people write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// The form words are compared by.
    pub key: String,
    /// The lower-cased word as written.
    pub surface: String,
}

/// Splits texts into words; holds the Chinese dictionary and the stemmers, which take a
/// moment to build, so one is made per table.
pub struct Words {
    jieba: Jieba,
    french: Stemmer,
    russian: Stemmer,
}

impl Default for Words {
    fn default() -> Self {
        Words::new()
    }
}

impl Words {
    /// Loads jieba's dictionary and the two stemmers.
    pub fn new() -> Words {
        Words {
            jieba: Jieba::new(),
            french: Stemmer::create(Algorithm::French),
            russian: Stemmer::create(Algorithm::Russian),
        }
    }

    /// The runs of meaningful words of `text`: stop words, numbers and punctuation end a
    /// run, so two-word phrases are made only of words that stood side by side.
    pub fn runs(&self, lang: Lang, text: &str) -> Vec<Vec<Word>> {
        let mut runs = Vec::new();
        let mut run = Vec::new();
        let stop = lang.stop_words();
        let push = |piece: &str, runs: &mut Vec<Vec<Word>>, run: &mut Vec<Word>| {
            let surface = piece.to_lowercase();
            let meaningful = surface.chars().any(char::is_alphabetic)
                && (lang == Lang::Zh || surface.chars().count() > 1)
                && !stop.contains(&surface.as_str());
            if meaningful {
                let key = match lang {
                    Lang::Fr => self.french.stem(&surface).into_owned(),
                    Lang::Ru => self.russian.stem(&surface.replace('ё', "е")).into_owned(),
                    Lang::En | Lang::Zh | Lang::Hy => surface.clone(),
                };
                run.push(Word { key, surface });
            } else if !run.is_empty() {
                runs.push(std::mem::take(run));
            }
        };
        if lang == Lang::Zh {
            for piece in self.jieba.cut(text, true) {
                if piece.word.trim().is_empty() {
                    continue;
                }
                push(piece.word, &mut runs, &mut run);
            }
        } else {
            // Apostrophes split French elisions (l'emballage -> l, emballage); spaces,
            // apostrophes and hyphens keep a run going, other punctuation ends it.
            let mut start = None;
            for (at, c) in text.char_indices() {
                if c.is_alphanumeric() {
                    start.get_or_insert(at);
                    continue;
                }
                if let Some(from) = start.take() {
                    push(&text[from..at], &mut runs, &mut run);
                }
                if !(c.is_whitespace() || matches!(c, '\'' | '’' | '-')) {
                    push("", &mut runs, &mut run);
                }
            }
            if let Some(from) = start {
                push(&text[from..], &mut runs, &mut run);
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
        runs
    }
}

// Short stop-word lists of function words (articles, pronouns, prepositions, auxiliaries).
// Negations ("not", "pas", "не", "不", "ոչ") are kept on purpose: "not delivered" is a
// complaint.
const EN_STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just",
    "me", "my", "of", "on", "or", "our", "she", "so", "some", "than", "that", "the", "their",
    "them", "then", "there", "they", "this", "to", "too", "us", "very", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "you", "your",
];
const FR_STOP: &[&str] = &[
    "au", "aux", "avec", "avons", "ai", "as", "avait", "avez", "ce", "ces", "cet", "cette", "ça",
    "dans", "de", "des", "du", "elle", "en", "est", "et", "été", "était", "eu", "il", "ils", "je",
    "la", "le", "les", "leur", "lui", "ma", "mais", "me", "mes", "mon", "nous", "on", "ont", "ou",
    "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "ta", "te", "tes",
    "ton", "très", "tu", "un", "une", "vos", "votre", "vous", "y", "j", "l", "d", "c", "n", "s",
    "m", "t",
];
const RU_STOP: &[&str] = &[
    "а",
    "в",
    "во",
    "вы",
    "да",
    "для",
    "до",
    "его",
    "ее",
    "её",
    "если",
    "же",
    "за",
    "и",
    "из",
    "или",
    "им",
    "их",
    "к",
    "как",
    "ко",
    "когда",
    "мне",
    "мы",
    "на",
    "над",
    "о",
    "об",
    "он",
    "она",
    "они",
    "оно",
    "от",
    "по",
    "при",
    "с",
    "со",
    "так",
    "также",
    "то",
    "у",
    "уже",
    "чем",
    "что",
    "это",
    "эта",
    "этот",
    "я",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "вам",
    "вас",
    "меня",
    "мой",
    "моя",
    "наш",
    "очень",
    "все",
    "всё",
];
const ZH_STOP: &[&str] = &[
    "的", "了", "是", "我", "你", "他", "她", "它", "我们", "你们", "他们", "在", "也", "和", "与",
    "就", "都", "很", "这", "那", "这个", "那个", "有", "一个", "吗", "吧", "呢", "啊", "着", "过",
    "被", "把", "给", "对", "从", "而", "及", "还", "又", "让", "得", "地",
];
const HY_STOP: &[&str] = &[
    "և",
    "եւ",
    "ու",
    "է",
    "եմ",
    "ես",
    "են",
    "էր",
    "էի",
    "էին",
    "որ",
    "այս",
    "այդ",
    "այն",
    "նա",
    "նրանք",
    "մենք",
    "դու",
    "դուք",
    "ինձ",
    "իմ",
    "մեր",
    "ձեր",
    "բայց",
    "համար",
    "հետ",
    "մեջ",
    "շատ",
    "մի",
    "մեկ",
    "ինչ",
    "թե",
    "կամ",
    "էլ",
    "իսկ",
    "արդեն",
    "նաև",
    "վրա",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(words: &Words, lang: Lang, text: &str) -> Vec<Vec<String>> {
        words
            .runs(lang, text)
            .into_iter()
            .map(|run| run.into_iter().map(|w| w.key).collect())
            .collect()
    }

    #[test]
    fn scripts_and_stop_words_tell_the_language() {
        assert_eq!(guess("配送太慢了"), Lang::Zh);
        assert_eq!(guess("Առաքումը ուշացավ"), Lang::Hy);
        assert_eq!(guess("Доставка опоздала"), Lang::Ru);
        assert_eq!(guess("La livraison est en retard"), Lang::Fr);
        assert_eq!(guess("The delivery was late"), Lang::En);
        assert_eq!(Lang::parse("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn stop_words_split_runs_and_negations_stay() {
        let words = Words::new();
        assert_eq!(
            keys(
                &words,
                Lang::En,
                "The parcel was NOT delivered, support slow. Refund"
            ),
            [
                vec!["parcel"],
                vec!["not", "delivered"],
                vec!["support", "slow"],
                vec!["refund"]
            ]
        );
    }

    #[test]
    fn french_and_russian_are_stemmed() {
        let words = Words::new();
        // Snowball French: "livraisons" and "livraison" share the stem "livraison";
        // Russian: "доставка" and "доставки" share "доставк".
        assert_eq!(
            keys(&words, Lang::Fr, "livraisons"),
            keys(&words, Lang::Fr, "Livraison")
        );
        assert_eq!(
            keys(&words, Lang::Fr, "l'emballage abîmé"),
            [vec!["emballag", "abîm"]]
        );
        assert_eq!(keys(&words, Lang::Ru, "Доставка"), [vec!["доставк"]]);
        assert_eq!(keys(&words, Lang::Ru, "доставки"), [vec!["доставк"]]);
    }

    #[test]
    fn chinese_is_segmented_and_armenian_lower_cased() {
        let words = Words::new();
        // Python jieba 0.42.1, jieba.lcut("快递太慢了") (HMM on): 快递 / 太慢 / 了, and 了 is
        // a stop word (tests/data/feedback_reference.py prints it).
        let zh = keys(&words, Lang::Zh, "快递太慢了");
        assert_eq!(zh, [vec!["快递", "太慢"]]);
        assert_eq!(
            keys(&words, Lang::Hy, "Առաքումը ուշացավ"),
            [vec!["առաքումը", "ուշացավ"]]
        );
    }
}
