## Вкладка «Сегменты».

segments-title = Сегменты

## Надписи, кнопки и подсказки вкладки «Сегменты».

segments-segments = Сегменты
segments-how-recently-and-how-often = Как давно и как часто покупают ваши клиенты
segments-value-tiers = ABC-группы
segments-lifecycle = Жизненный цикл
segments-show-these-customers = Показать этих клиентов
segments-customers = Клиенты…
segments-movement-between-segments = Переходы между сегментами
segments-compared-with = По сравнению с
segments-30-days-earlier = 30 дней назад
segments-then-now = тогда \ сейчас
segments-saved-segments = Сохранённые сегменты
segments-edit = Изменить
segments-delete = Удалить
segments-no-saved-segments-yet-build = Сохранённых сегментов пока нет. Соберите сегмент из условий ниже.
segments-new-segment = Новый сегмент…
segments-name = Название
segments-e-g-lyon-regulars = например, Постоянные из Казани
segments-customers-who-match = Клиенты, подходящие под
segments-remove-group = Удалить группу
segments-remove-this-condition = Удалить это условие
segments-condition = + условие
segments-group = + группа
segments-save-segment = Сохранить сегмент
segments-give-the-segment-a-name = Дайте сегменту название и задайте условие без ошибок
segments-close = Закрыть
segments-close-the-list = Закрыть список
segments-show-in-customers = Открыть в «Клиентах»
segments-open-the-customers-tab-showing = Открыть вкладку «Клиенты» только с этими клиентами
segments-save-as-spreadsheet = Сохранить в таблицу…
segments-an-excel-workbook-xlsx-or = Книга Excel (.xlsx) или файл CSV
segments-customer = Клиент
segments-orders = Заказы
segments-spent = Потрачено
segments-last-order = Последний заказ
segments-never = никогда

## Таблица «как давно и как часто покупают» на вкладке «Сегменты».

segments-key-narrow = Давность ↓
    частота →
segments-key = Давность ↓ / частота →
segments-recency-1 = 1 · давно
segments-recency-5 = 5 · недавно
segments-recency-1-narrow = 1
    давно
segments-recency-5-narrow = 5
    недавно
segments-frequency-1 = 1 · меньше всего заказов
segments-frequency-5 = 5 · больше всего заказов
# $percent — доля клиентов, которых опережает оценка 5.
segments-grid-explained = Строки — как давно клиенты покупали в последний раз. Столбцы — как часто они покупали. Оценка 5 значит «лучше, чем не меньше { $percent } ваших клиентов»; клиенты с одинаковым показателем получают одну оценку. В каждой клетке — её клиенты, их выручка и сегмент; щёлкните, чтобы открыть список.
# $count — клиенты; $shown — то же число, как на экране.
segments-customers-count = { $count ->
        [one] { $shown } клиент
        [few] { $shown } клиента
        [many] { $shown } клиентов
       *[other] { $shown } клиента
    }
# Клетка таблицы. $customers — сколько клиентов, словами; $revenue — их выручка; $segment — название сегмента.
segments-cell = { $customers }
    { $revenue }
    { $segment }
# Подсказка клетки. $r и $f — оценки; $segment — название сегмента; $customers — сколько клиентов, словами; $revenue — их выручка; $share — их доля выручки; $meaning — что значит сегмент.
segments-cell-tip = Давность { $r }, частота { $f }: { $segment }
    { $customers }, { $revenue } ({ $share } выручки)
    { $meaning }
# Заголовок списка клиентов клетки.
segments-cell-list = Давность { $r }, частота { $f } ({ $segment })
# $column — номер пустого столбца.
segments-column-empty = Столбец { $column } пуст
# $columns — пустые столбцы, кроме последнего; $last — последний.
segments-columns-empty = Столбцы { $columns } и { $last } пусты
# $columns — какие столбцы пусты (предложение выше); $share — доля клиентов, купивших один раз; $count — сколько столбцов пусты.
segments-empty-columns-why = { $count ->
        [one] { $columns }: клиенты с одинаковым числом заказов получают одну оценку, а { $share } ваших клиентов купили только один раз, поэтому эта оценка пропускается.
        [few] { $columns }: клиенты с одинаковым числом заказов получают одну оценку, а { $share } ваших клиентов купили только один раз, поэтому эти оценки пропускаются.
        [many] { $columns }: клиенты с одинаковым числом заказов получают одну оценку, а { $share } ваших клиентов купили только один раз, поэтому эти оценки пропускаются.
       *[other] { $columns }: клиенты с одинаковым числом заказов получают одну оценку, а { $share } ваших клиентов купили только один раз, поэтому эти оценки пропускаются.
    }

## ABC-группы и жизненный цикл на вкладке «Сегменты».

# $tier — буква группы.
segments-tier = Группа { $tier }
# $meaning — что это за группа.
segments-tier-tip = { $meaning }
    Показать этих клиентов
# $share — процент.
segments-revenue-share = { $share } выручки
# $band — доля выручки, которую набирает группа A; $a_share — доля клиентов в группе A; $top — 20 %, как на экране; $top_share — доля выручки, которую они приносят.
segments-tier-sentence = В группу A входят лучшие клиенты, пока вместе они не наберут { $band } выручки: у вас это { $a_share } клиентов. Лучшие { $top } клиентов приносят { $top_share } выручки.
# $gap, $active, $risk — числа дней.
segments-lifecycle-explained = Обычно ваши клиенты возвращаются через { $gap } дн. Новый — первый заказ за последние 90 дней; активный — последний заказ не раньше чем { $active } дн. назад; в зоне риска — не раньше чем { $risk } дн. назад; ушедший — ещё раньше.
segments-stage-new = Новый
segments-stage-active = Активный
segments-stage-at-risk = В зоне риска
segments-stage-lapsed = Ушедший
# $stage — стадия жизненного цикла.
segments-lifecycle-list = Жизненный цикл: { $stage }
# $segment — название сегмента.
segments-segment-list = Сегмент: { $segment }
# $customers — сколько клиентов, словами; $share — их доля выручки, словами.
segments-card-figures = { $customers } · { $share }

## Переходы между сегментами на вкладке «Сегменты».

segments-compare = Сравнить
segments-before-hint = дата раньше даты расчёта, например 2025-05-31
# $before, $after — два дня.
segments-movement-explained = В каких сегментах клиенты на { $before } оказались на { $after }. Строки — сегмент тогда; столбцы — сегмент сейчас.
# $count — клиенты; $shown — то же число, как на экране; $from, $to — сегменты.
segments-moved = { $count ->
        [one] • { $shown } клиент перешёл из сегмента «{ $from }» в «{ $to }».
        [few] • { $shown } клиента перешли из сегмента «{ $from }» в «{ $to }».
        [many] • { $shown } клиентов перешли из сегмента «{ $from }» в «{ $to }».
       *[other] • { $shown } клиента перешли из сегмента «{ $from }» в «{ $to }».
    }
segments-no-order-yet = Ещё без заказа
segments-no-order-yet-lower = ещё без заказа
# $from, $to — сегменты.
segments-move = { $from } → { $to }
# $change — переход между сегментами.
segments-move-tip = { $change }: показать этих клиентов

## Сохранённые сегменты и их редактор на вкладке «Сегменты».

# $name — название сохранённого сегмента.
segments-saved-list = Сохранённый сегмент: { $name }
segments-any-group = любую группу
segments-every-group = все группы
# $number — номер группы.
segments-group-number = Группа { $number }:
segments-any-of-these = любое из условий
segments-all-of-these = все условия
# $count — клиенты; $shown — то же число, как на экране; $date — день.
segments-match-as-of = { $count ->
        [one] На { $date } подходит { $shown } клиент.
        [few] На { $date } подходят { $shown } клиента.
        [many] На { $date } подходят { $shown } клиентов.
       *[other] На { $date } подходят { $shown } клиента.
    }
segments-add-condition = добавьте условие

## Список клиентов на вкладке «Сегменты».

# $customers — сколько клиентов, словами; $revenue — их выручка.
segments-list-total = { $customers }, всего { $revenue }
segments-consented-only = Только давшие согласие на рассылку
# $id — номер клиента.
segments-unnamed = Клиент № { $id }
# $days — число дней.
segments-days-ago = { $days ->
        [one] { $days } день назад
        [few] { $days } дня назад
        [many] { $days } дней назад
       *[other] { $days } дня назад
    }

## Редактор условий на вкладке «Сегменты»: поля, на которые смотрит условие, и операторы.
segments-field-city = город
segments-field-country = страна
segments-field-first-channel = канал первого заказа
segments-field-consent = согласие на рассылку
segments-field-recency-days = дней с последнего заказа
segments-field-frequency = число заказов
segments-field-monetary = всего потрачено
segments-field-average-order = средний чек
segments-field-product = товар
segments-field-category = категория товара
segments-field-segment = сегмент
segments-field-tier = ABC-группа
segments-field-lifecycle = стадия жизненного цикла
segments-op-is = равно
segments-op-is-not = не равно
segments-op-in = одно из
segments-op-contains = содержит
segments-op-between = между
segments-op-bought = покупал
segments-op-never-bought = не покупал
