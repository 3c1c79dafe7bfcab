## Paramètres de la boutique : la langue de la fenêtre.

settings-language = Langue
## $language est la langue de l’ordinateur, écrite dans cette langue (Français, Русский…).
settings-language-system = Langue de l’ordinateur ({ $language })

## Onglet Rapports : la langue du rapport, choisie à part.
reports-language = Langue du rapport
