## Shop settings: the window's language.

settings-language = Language
## $language is the computer's language, named in itself (Français, Русский…).
settings-language-system = Computer's language ({ $language })

## The Reports tab: the report's language, chosen on its own.
reports-language = Language of the report
