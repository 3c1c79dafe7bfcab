## Настройки магазина: язык окна.

settings-language = Язык
## $language — язык компьютера, названный на нём самом (Français, Русский…).
settings-language-system = Язык компьютера ({ $language })

## Вкладка «Отчёты»: язык отчёта выбирается отдельно.
reports-language = Язык отчёта
