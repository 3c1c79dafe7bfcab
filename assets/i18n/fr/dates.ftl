## Noms des mois et des jours, et façon d'écrire une date en toutes lettres.
## month-N : le mois seul, comme dans un titre « mars 2024 » (en français, pas de génitif).
## month-of-N : le mois après le numéro du jour, comme dans « 5 mars 2024 ».
## month-short-N : nom abrégé (CLDR) pour les colonnes étroites et les axes des graphiques.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-of-1 = janvier
month-of-2 = février
month-of-3 = mars
month-of-4 = avril
month-of-5 = mai
month-of-6 = juin
month-of-7 = juillet
month-of-8 = août
month-of-9 = septembre
month-of-10 = octobre
month-of-11 = novembre
month-of-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.

## Une date en toutes lettres : $day est le numéro du jour, $month le nom month-of (ou le nom abrégé),
## $year l'année.
date-in-words = { $day } { $month } { $year }
## Un mois en toutes lettres : $month est le nom month-N (ou le nom abrégé), $year l'année.
month-in-words = { $month } { $year }
## Un jour et son mois, sans l'année.
day-and-month = { $day } { $month }
