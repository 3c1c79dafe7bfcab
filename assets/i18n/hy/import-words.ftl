# The Import tab's words that had no message of their own.
import-words-file-holds = Ֆայլում՝
import-words-read-as-feedback = Կարդալ որպես կարծիքներ (հարցումներ, արձագանքներ, բողոքներ)
import-words-keep-as-extra = Պահել որպես լրացուցիչ
import-words-preview = Առաջին { $rows } տողերը, ինչպես կկարդացվեն։ Յուրաքանչյուր սյունակի վերևում ընտրեք, թե ինչ է այն պարունակում․ լրացուցիչ պահված սյունակները պահվում են յուրաքանչյուր գրառման հետ, ոչինչ չի կորչում։
