## Ամիսների և շաբաթվա օրերի անունները, և ինչպես է ամսաթիվը գրվում բառերով։
## month-N. ամիսն առանձին, ինչպես «մարտ 2024 թ.» վերնագրում (ուղղական)։
## month-of-N. ամիսն օրվա թվից հետո, ինչպես «5 մարտի, 2024 թ.» (սեռական)։
## month-short-N. կարճ անուն նեղ սյունակների և գծապատկերների առանցքների համար։

month-1 = հունվար
month-2 = փետրվար
month-3 = մարտ
month-4 = ապրիլ
month-5 = մայիս
month-6 = հունիս
month-7 = հուլիս
month-8 = օգոստոս
month-9 = սեպտեմբեր
month-10 = հոկտեմբեր
month-11 = նոյեմբեր
month-12 = դեկտեմբեր
month-of-1 = հունվարի
month-of-2 = փետրվարի
month-of-3 = մարտի
month-of-4 = ապրիլի
month-of-5 = մայիսի
month-of-6 = հունիսի
month-of-7 = հուլիսի
month-of-8 = օգոստոսի
month-of-9 = սեպտեմբերի
month-of-10 = հոկտեմբերի
month-of-11 = նոյեմբերի
month-of-12 = դեկտեմբերի
month-short-1 = հնվ
month-short-2 = փտվ
month-short-3 = մրտ
month-short-4 = ապր
month-short-5 = մյս
month-short-6 = հնս
month-short-7 = հլս
month-short-8 = օգս
month-short-9 = սեպ
month-short-10 = հոկ
month-short-11 = նոյ
month-short-12 = դեկ
weekday-1 = երկուշաբթի
weekday-2 = երեքշաբթի
weekday-3 = չորեքշաբթի
weekday-4 = հինգշաբթի
weekday-5 = ուրբաթ
weekday-6 = շաբաթ
weekday-7 = կիրակի
weekday-short-1 = երկ
weekday-short-2 = երք
weekday-short-3 = չրք
weekday-short-4 = հնգ
weekday-short-5 = ուր
weekday-short-6 = շբթ
weekday-short-7 = կիր

## Օրը բառերով. $day՝ օրվա թիվը, $month՝ month-of անունը (կամ կարճ անունը), $year՝ տարին (CLDR. «d MMMM, y թ.»)։
date-in-words = { $day } { $month }, { $year } թ.
## Ամիսը բառերով. $month՝ month-N անունը (կամ կարճ անունը), $year՝ տարին (CLDR. «LLLL, y թ.»)։
month-in-words = { $month }, { $year } թ.
## Օրն ու ամիսը՝ առանց տարվա (CLDR. «d MMMM»)։
day-and-month = { $day } { $month }
