## La fenêtre des paramètres de la boutique (la langue de la fenêtre est dans ui-language.ftl).
settings-title = Paramètres de la boutique
settings-shop-name = Nom de la boutique
settings-shop-name-hint = imprimé sur les rapports
settings-locale = Paramètres régionaux
settings-currency = Devise
settings-phone-country = Pays des téléphones
settings-phone-country-tip = Les numéros de téléphone écrits sans indicatif + sont lus comme ceux de ce pays (FR, BE, GB…)
# Sous les paramètres. $day_first : « yes » quand 03/04/2025 se lit jour d’abord ; $decimal : « comma » ou « dot », le séparateur décimal des exports ; $delimiter : le caractère entre les colonnes des exports.
settings-dates-and-exports = { $day_first ->
        [yes] Les dates comme 03/04/2025 se lisent 3 avril 2025.
       *[no] Les dates comme 03/04/2025 se lisent 4 mars 2025.
    } { $decimal ->
        [comma] Les exports utilisent la virgule décimale et « { $delimiter } » entre les colonnes.
       *[dot] Les exports utilisent le point décimal et « { $delimiter } » entre les colonnes.
    }
settings-save = Enregistrer
settings-cancel = Annuler
