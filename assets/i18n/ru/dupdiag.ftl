## «Насколько это точно?» на вкладке «Дубли»: чему детектор дублей научился на клиентах
## магазина, и его самопроверки.

dupdiag-title = Насколько это точно?
dupdiag-verdict-passed = Модель обучилась на ваших данных: все проверки пройдены.
dupdiag-verdict-fallback = По этим данным модель не смогла обучиться; взяты веса по умолчанию.
dupdiag-verdict-failed = Одна из проверок не пройдена: относитесь к группам осторожно.
dupdiag-checks = Проверки после обучения
dupdiag-check-passed = { $check ->
    [agreement] Пройдена: записи одного человека совпадают чаще, чем записи двух разных людей
    [share] Пройдена: число дублей правдоподобно
   *[groups] Пройдена: оценки пар делятся на две группы
}
dupdiag-check-failed = { $check ->
    [agreement] Не пройдена: записи одного человека совпадают чаще, чем записи двух разных людей
    [share] Не пройдена: число дублей правдоподобно
   *[groups] Не пройдена: оценки пар делятся на две группы
}
dupdiag-check-meaning = { $check ->
    [agreement] Модель обучилась не на тех парах: хотя бы в одном поле две записи одного человека совпадали не чаще, чем записи двух разных людей, или различались чаще, чем совпадали.
    [share] Ожидаемое моделью число дублей неправдоподобно, или оценки пар с ним не сходятся.
   *[groups] Оценки не отделяют дубли от разных людей: между низкими и высокими оценками нет явного разрыва.
}
dupdiag-detail-agreement-ok = В каждом поле записи одного человека совпадают чаще.
dupdiag-detail-agreement-wrong = Выучено наоборот для полей: { $fields }
dupdiag-list-separator = {", "}
dupdiag-detail-share = Ожидается пар дублей: { $expected } ({ $per_hundred } на 100 клиентов); по оценкам пар: { $scored }
dupdiag-detail-too-few = Сравнено пар: { $pairs } — слишком мало, чтобы судить.
dupdiag-detail-one-side = Все пары оценены по одну сторону.
dupdiag-detail-groups = Пар на пике низких оценок: { $low }; на пике высоких: { $high }; в самой низкой точке между ними: { $valley }
dupdiag-compared = Сравнено пар клиентов: { $pairs }. Их нашли по этим правилам (одну пару могут найти несколько правил):
dupdiag-rule-column = Как найдены
dupdiag-pairs-column = Пары
dupdiag-rule = { $rule ->
    [same-email] Одна и та же эл. почта
    [same-phone] Один и тот же телефон
    [birth-date-surname-initial] Та же дата рождения и первая буква фамилии
    [birth-date-first-name-initial] Та же дата рождения и первая буква имени
    [birth-date-initials] Та же дата рождения и те же инициалы, в любом порядке
    [birth-date-postcode] Та же дата рождения и индекс
    [sounding-names] Имена, которые звучат одинаково
    [surname-postcode] Та же фамилия и индекс
    [first-name-postcode] То же имя и индекс
    [house-number-street] Тот же дом и улица
    [street-first-name-initial] Та же улица и первая буква имени
    [city-first-name] Тот же город и имя
    [house-number-postcode] Тот же дом и индекс
   *[name-neighbours] Рядом по алфавиту имён
}
dupdiag-expected = Ожидается пар дублей во всём магазине: { $expected }
dupdiag-found = Пар дублей в найденных группах: { $found }
dupdiag-chance = Вероятность, что два случайных клиента — один человек: { $chance }
dupdiag-threshold = Группы предлагаются начиная с вероятности { $threshold }.
dupdiag-levels-title = Сколько весит каждый вид сходства
dupdiag-levels-m = Один человек: как часто две записи одного человека так совпадают.
dupdiag-levels-u = Два человека: как часто так совпадают записи двух разных людей.
dupdiag-levels-weight = Вес: насколько это важно, в битах; больше 0 — за одного человека, меньше 0 — против.
dupdiag-field-column = Поле
dupdiag-level-column = Сходство
dupdiag-m-column = Один человек
dupdiag-u-column = Два человека
dupdiag-weight-column = Вес
dupdiag-field = { $field ->
    [first-name] Имя
    [surname] Фамилия
    [birth-date] Дата рождения
    [address] Адрес
    [address-2] Вторая строка адреса
    [region] Регион
    [email] Эл. почта
   *[phone] Телефон
}
dupdiag-level = { $level ->
    [same] совпадает
    [very-similar] очень похоже
    [similar] похоже
    [compatible] совместимо
    [one-digit-apart] одна цифра отличается
    [close] близко
    [nearly-same] почти совпадает
    [same-street] та же улица
    [partly-same] частично совпадает
   *[different] отличается
}
dupdiag-share = { $share }
dupdiag-one-in = 1 из { $n }
dupdiag-never = никогда
