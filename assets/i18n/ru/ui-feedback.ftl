## Вкладка «Импорт»: тип файла, рядом с «Контактами» и «Продажами».
import-kind-feedback = Отзывы

## Вкладка «Отзывы».
feedback-title = Отзывы

## Вкладка «Отзывы»: заголовок, число отзывов и задача в строке состояния.
feedback-what-customers-say = Что говорят клиенты
feedback-empty = Отзывов пока нет. Импортируйте ответы на опросы или отзывы на вкладке «Импорт» (выберите «Отзывы»), добавьте жалобу, полученную по телефону, в карточке клиента или откройте демо-магазин.
feedback-job = Считаем показатели отзывов
feedback-job-starting = Запуск
# $count — сколько отзывов; $shown — то же число, как на экране; $date — последний день, как на экране.
feedback-pieces-up-to = { $count ->
        [one] { $shown } отзыв по { $date }.
        [few] { $shown } отзыва по { $date }.
        [many] { $shown } отзывов по { $date }.
       *[other] { $shown } отзыва по { $date }.
    }

## Вкладка «Отзывы»: карточки вверху.
feedback-nps = NPS
feedback-nps-tip = Доля промоутеров (9–10) в процентах минус доля критиков (0–6); в диапазон под ним истинное значение попадает 95 раз из 100
feedback-csat = Довольны (CSAT 4–5)
feedback-average-stars = Средняя оценка
# $stars — средняя оценка в звёздах, как на экране.
feedback-stars-value = { $stars } ★
feedback-unhappy-and-valuable = Ценные, но недовольные
# $count — сколько ответов; $shown — то же число, как на экране.
feedback-answers = { $count ->
        [one] { $shown } ответ
        [few] { $shown } ответа
        [many] { $shown } ответов
       *[other] { $shown } ответа
    }
# Под NPS. $low, $high — границы диапазона 95 %; $count — сколько ответов; $shown — то же число, как на экране.
feedback-nps-range-answers = от { $low } до { $high } · { $count ->
        [one] { $shown } ответ
        [few] { $shown } ответа
        [many] { $shown } ответов
       *[other] { $shown } ответа
    }
# Под «Недовольные ценные». $count — у скольких жалоба ждёт ответа больше недели; $shown — то же число, как на экране.
feedback-waiting-over-a-week = { $count ->
        [one] { $shown } ждёт больше недели
        [few] { $shown } ждут больше недели
        [many] { $shown } ждут больше недели
       *[other] { $shown } ждут больше недели
    }

## Вкладка «Отзывы»: график по месяцам и фразы о повторных покупках.
feedback-month-by-month = По месяцам
feedback-no-nps-or-csat = Нет ответов NPS или CSAT для графика.
feedback-line-nps = NPS
feedback-line-nps-range = Диапазон NPS 95 %
feedback-line-csat = CSAT, %
feedback-points-too-few = Слишком мало ответов, чтобы судить
feedback-did-they-buy-again = Купили ли они снова?
# Доля в «Недовольные: 12 из 40 снова купили за 90 дней (…)». $share, $low, $high — проценты, как на экране.
feedback-share-likely = { $share }, скорее всего, от { $low } до { $high }
# Одна строка под «Купили ли они снова?». $said — фраза.
feedback-bought-again-line = { $said }.

## Вкладка «Отзывы»: выбор списка в нижней части.
# $shown — сколько, как на экране.
feedback-part-unhappy = Ценные, но недовольные ({ $shown })
# $shown — сколько, как на экране.
feedback-part-open = Открытые жалобы ({ $shown })
feedback-part-terms = На что жалуются
feedback-part-groups = В разрезе

## Вкладка «Отзывы»: заголовки столбцов списков.
feedback-column-customer = Клиент
feedback-column-score = Оценка
feedback-column-date = Дата
feedback-column-tier = Группа
feedback-column-spent = Потрачено
feedback-column-open-complaint = Открытая жалоба
feedback-column-what-they-said = Текст отзыва
feedback-column-age = Ждёт
feedback-column-channel = Канал
feedback-column-status = Статус
feedback-column-term = Слово
feedback-column-unhappy = Недовольные
feedback-column-happy = Довольные
feedback-column-log-odds = Лог-шансы
feedback-column-group = Группа
feedback-column-answers = Ответы
feedback-column-nps = NPS
feedback-column-nps-range = Диапазон 95 %
feedback-column-csat = CSAT
feedback-column-stars = Звёзды

## Вкладка «Отзывы»: списки.
feedback-unhappy-about = Недовольные клиенты (критики, 1–2 звезды или CSAT, «палец вниз») среди лучших (ABC-группы A и B), по сумме покупок; первыми идут те, чья жалоба ждёт ответа больше недели.
feedback-show-this-customer = Показать клиента
# В столбце «Группа». $tier — буква группы (A, B или C).
feedback-tier-cell = { $tier }
# $count — сколько дней; $shown — то же число, как на экране.
feedback-days = { $count ->
        [one] { $shown } день
        [few] { $shown } дня
        [many] { $shown } дней
       *[other] { $shown } дня
    }
# Под длинным списком. $rows — сколько строк показано; $total — сколько их всего (оба как на экране).
feedback-first-rows-shown = Показаны первые { $rows }; кнопки работают со всеми ({ $total }).
feedback-no-open-complaint = Ни одна жалоба не ждёт ответа.
feedback-open-about = Жалобы, которые ещё ждут ответа, сначала самые старые. Закройте жалобу, записав, что было сделано.
# $id — номер отзыва.
feedback-resolve-which = Закрыть жалобу № { $id }:
feedback-what-was-done = что было сделано
feedback-mark-resolved = Отметить решённой
feedback-cancel = Отмена
feedback-resolve = Закрыть…
# Сообщение в строке состояния. $id — номер отзыва.
feedback-marked-resolved = Жалоба № { $id } отмечена как решённая.
# Название списка клиентов (для «Открыть в „Клиентах“» и таблицы).
feedback-list-open-complaints = Открытые жалобы
feedback-several-unsolved = Несколько нерешённых жалоб: может уйти
feedback-no-term = Пока ни одно слово не выделяется: слово попадает в список, когда хотя бы 3 недовольных клиента употребляют его чаще, чем довольные.
feedback-terms-about = Слова и пары слов, которые недовольные клиенты употребляют чаще довольных, — сначала самые характерные. Щёлкните слово, чтобы прочитать, что было сказано.
# $term — слово, которое употребляли клиенты; $count — в скольких отзывах оно есть; $shown — то же число, как на экране.
feedback-term-in = { $count ->
        [one] «{ $term }» в { $shown } отзыве
        [few] «{ $term }» в { $shown } отзывах
        [many] «{ $term }» в { $shown } отзывах
       *[other] «{ $term }» в { $shown } отзыва
    }
# Название списка клиентов. $term — слово, которое употребляли клиенты.
feedback-list-said = Сказали «{ $term }»
feedback-by = Группировка
feedback-by-channel = канал первого заказа
feedback-by-product = товар
feedback-by-segment = сегмент
feedback-by-tier = ABC-группа
feedback-by-stage = стадия жизненного цикла
feedback-by-month = месяц
feedback-no-group = Ни один отзыв с оценкой не попадает ни в одну группу этого разреза.
# $low, $high — границы диапазона, как на экране.
feedback-range = от { $low } до { $high }

## Карточка клиента: значки отзывов рядом с именем.
feedback-feeling-unhappy = Недоволен
feedback-feeling-neutral = Нейтрален
feedback-feeling-happy = Доволен
feedback-feeling-tip = Как клиент оценил магазин в последний раз
# $count — сколько открытых жалоб; $shown — то же число, как на экране.
feedback-open-complaints-badge = { $count ->
        [one] { $shown } открытая жалоба
        [few] { $shown } открытые жалобы
        [many] { $shown } открытых жалоб
       *[other] { $shown } открытой жалобы
    }
feedback-open-complaint-tip = Жалоба ждёт ответа: см. «Отзывы» ниже
feedback-at-risk-of-leaving = Может уйти
feedback-at-risk-tip = Клиенты, чьи жалобы так и остаются нерешёнными, первыми и уходят

## Карточка клиента: список отзывов и форма «Добавить отзыв».
feedback-loading = Загрузка отзывов…
feedback-nothing-said = Отзывов пока нет.
# $note — что записал владелец, закрывая жалобу.
feedback-resolved-note = Решено: { $note }
feedback-add-feedback = Добавить отзыв
feedback-day = День
feedback-day-hint = сегодня (ГГГГ-ММ-ДД)
feedback-where = Где
feedback-score = Оценка
feedback-scale-none = нет
feedback-scale-nps = NPS 0–10
feedback-scale-stars = звёзды 1–5
feedback-scale-csat = CSAT 1–5
feedback-scale-thumbs = палец 0/1
feedback-text-hint = Что сказал клиент
feedback-complaint-waits = Жалоба, которая ждёт ответа
feedback-add = Добавить
feedback-bad-day = Пишите день в виде ГГГГ-ММ-ДД, например 2026-12-06.
feedback-off-scale = Оценка выходит за пределы шкалы.
feedback-say-something = Напишите, что сказал клиент, или поставьте оценку.

## Оценки, каналы и состояния отзыва в списках и карточке клиента.
# $score — оценка, как на экране.
feedback-score-nps = { $score }/10 NPS
# $score — оценка, как на экране.
feedback-score-stars = { $score } ★
# $score — оценка, как на экране.
feedback-score-csat = { $score }/5 CSAT
feedback-thumbs-up = палец вверх
feedback-thumbs-down = палец вниз
feedback-status-open = открыта
feedback-status-resolved = решена
feedback-channel-survey = опрос
feedback-channel-review = отзыв на сайте
feedback-channel-email = эл. почта
feedback-channel-phone = телефон
feedback-channel-shop = в магазине

## Вкладка «Прогноз по клиентам»: рядом с клиентом, у которого есть открытые жалобы.
# $count — сколько открытых жалоб; $shown — то же число, как на экране.
feedback-predictions-open-complaints = { $count ->
        [one] { $shown } открытая жалоба
        [few] { $shown } открытые жалобы
        [many] { $shown } открытых жалоб
       *[other] { $shown } открытой жалобы
    }
feedback-predictions-open-complaints-tip = Жалобы не решены: клиент может уйти, что бы ни говорили его покупки

## Вкладка «Импорт» для файла отзывов.
import-feedback-about = Отзывы: ответы на опросы, отзывы или жалобы; в каждой строке клиент указан номером, эл. почтой или телефоном.
import-feedback-job-importing = Импорт отзывов
import-feedback-job-checking = Проверка отзывов
import-feedback-job-reading = Чтение
# $count — сколько отзывов импортировано; $shown — то же число, как на экране; $rows — сколько строк прочитано, как на экране; $customers — сколько клиентов добавлено; $shown_customers — то же число, как на экране.
import-feedback-imported = { $count ->
        [one] Импортирован { $shown } отзыв
        [few] Импортировано { $shown } отзыва
        [many] Импортировано { $shown } отзывов
       *[other] Импортировано { $shown } отзыва
    } (строк в файле: { $rows }; { $customers ->
        [one] { $shown_customers } новый клиент
        [few] { $shown_customers } новых клиента
        [many] { $shown_customers } новых клиентов
       *[other] { $shown_customers } нового клиента
    }).
import-feedback-see-them = Их видно на вкладке «Отзывы» и в карточке каждого клиента.
# $column — заголовок столбца с оценками.
import-feedback-which-scale-column = По какой шкале оценки в столбце «{ $column }»? В файле это не сказано, а 4 на разных шкалах значит разное.
import-feedback-which-scale = По какой шкале оценки? В файле это не сказано, а 4 на разных шкалах значит разное.
import-feedback-scale-nps = NPS, от 0 до 10 (насколько вероятно, что порекомендует)
import-feedback-scale-stars = Звёзды, от 1 до 5
import-feedback-scale-csat = CSAT, от 1 до 5 (насколько доволен)
import-feedback-scale-thumbs = Палец вверх или вниз (1 или 0)
# $scale — одна из шкал выше.
import-feedback-scores-read-as = Оценки прочитаны по шкале: { $scale }.
import-feedback-change = Изменить
# $layout — название известного формата выгрузки (например, сайта отзывов).
import-feedback-layout = Формат выгрузки распознан: { $layout }.
# $scale — одна из шкал выше.
import-feedback-layout-scale = По формату выгрузки шкала оценок: { $scale }.
# $count — сколько строк прочитано; $shown — то же число, как на экране; $importable, $left — сколько строк можно импортировать и сколько останется за бортом, как на экране.
import-feedback-rows-check = { $count ->
        [one] Можно импортировать { $importable } из { $shown } строки; не войдут: { $left }.
        [few] Можно импортировать { $importable } из { $shown } строк; не войдут: { $left }.
        [many] Можно импортировать { $importable } из { $shown } строк; не войдут: { $left }.
       *[other] Можно импортировать { $importable } из { $shown } строки; не войдут: { $left }.
    }
# Одна проблема в файле. $problem — проблема, фразой.
import-feedback-problem = • { $problem }
import-feedback-import = Импортировать отзывы
