## Вкладка «Корзина».

baskets-title = Корзина

## Надписи, кнопки и подсказки вкладки «Корзина».

baskets-what-sells-together = Что покупают вместе
baskets-there-are-no-sales-yet = Продаж пока нет. Импортируйте файл продаж или откройте демо-магазин.
baskets-look-at = Смотреть
baskets-in-at-least = Есть хотя бы в
baskets-the-share-of-all-orders = Доля всех заказов, в которых эти товары есть вместе; правила пересчитываются, когда вы отпускаете ползунок
baskets-of-orders = заказов, сбываются в
baskets-of-the-orders-with-the = Доля заказов с первыми товарами, в которых есть и остальные
baskets-of-the-time = случаев
baskets-only-rules-with = Только правила с
baskets-a-product = товаром
baskets-no-products-sell-together-this = Так часто вместе ничего не покупают: понизьте пороги, чтобы увидеть более слабые связи.
baskets-customers-who-buy-also-buy = Кто покупает …, покупает и …
baskets-sort-by-this-highest-first = Сортировать по этому столбцу, сначала наибольшие
baskets-pairs-that-sell-together = Пары, которые покупают вместе
baskets-no-two-products-are-bought = Пока никакие два товара не покупают вместе достаточно часто.
baskets-darker-bought-together-more-times = Темнее — покупают вместе чаще, чем было бы случайно.
baskets-customers-to-offer = Кому предложить
baskets-show-in-customers = Открыть в «Клиентах»
baskets-open-the-customers-tab-showing = Открыть вкладку «Клиенты» только с этими клиентами
baskets-save-as-spreadsheet = Сохранить в таблицу…
baskets-an-excel-workbook-xlsx-or = Книга Excel (.xlsx) или файл CSV
baskets-customer = Клиент
baskets-because-they-bought = Уже куплено

## Варианты, правила и предложения вкладки «Корзина».

baskets-products = товары
baskets-categories = категории
# $rules — сколько правил; $shown_rules — то же число, как на экране; $orders — сколько заказов; $shown_orders — то же число, как на экране.
baskets-rules-kept = { $rules ->
        [one] { $shown_rules } правило
        [few] { $shown_rules } правила
        [many] { $shown_rules } правил
       *[other] { $shown_rules } правила
    } в { $orders ->
        [one] { $shown_orders } заказе
        [few] { $shown_orders } заказах
        [many] { $shown_orders } заказах
       *[other] { $shown_orders } заказа
    } при этих порогах
baskets-column-orders = Заказы
baskets-column-support = Доля
baskets-column-confidence = Как часто
baskets-column-lift = Лифт
# $a, $b — два товара или две категории; $lift — во сколько раз чаще, с одним знаком после запятой.
baskets-pair-tip = { $a } и { $b }: вместе в { $lift } раза чаще, чем случайно
baskets-next-product-tip = Товар, который клиент, скорее всего, купит следующим
baskets-next-category-tip = Категория, из которой клиент, скорее всего, купит в следующий раз
# $item — товар; $count — сколько клиентов.
baskets-offer-choice = { $item } ({ $count })
# $count — клиенты; $shown — то же число, как на экране; $item — товар.
baskets-best-next-product = { $count ->
        [one] { $shown } клиент, которому лучше всего предложить «{ $item }»
        [few] { $shown } клиента, которым лучше всего предложить «{ $item }»
        [many] { $shown } клиентов, которым лучше всего предложить «{ $item }»
       *[other] { $shown } клиента, которым лучше всего предложить «{ $item }»
    }
# То же, для категории.
baskets-best-next-category = { $count ->
        [one] { $shown } клиент, которому лучше всего предложить категорию «{ $item }»
        [few] { $shown } клиента, которым лучше всего предложить категорию «{ $item }»
        [many] { $shown } клиентов, которым лучше всего предложить категорию «{ $item }»
       *[other] { $shown } клиента, которым лучше всего предложить категорию «{ $item }»
    }
# Заголовок списка и имя его файла. $item — товар или категория.
baskets-offer-title = Кому предложить «{ $item }»
baskets-consented-only = Только давшие согласие на рассылку
