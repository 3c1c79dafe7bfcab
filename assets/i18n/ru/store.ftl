## База данных и то, что она отклоняет.

store-not-clientele = { $path } — не база данных Clientele ({ $reason }). Файл не тронут; выберите другой файл или новое имя файла.
store-too-new = Файл { $path } сохранён более новой версией Clientele (формат данных { $found }; эта версия читает форматы до { $supported }). Чтобы открыть его, установите новую версию Clientele; файл не тронут.
store-busy = база данных { $path } занята: в неё пишет другое окно Clientele или другая программа. Дождитесь окончания и повторите попытку.
store-read-only = в базу данных { $path } нельзя записывать: файл или его папка доступны только для чтения. Проверьте права доступа к файлу или скопируйте его в свою папку и откройте копию; ничего не изменено.
store-damaged = база данных { $path } повреждена, и надёжно прочитать её нельзя: восстановите её из резервной копии (файл оставлен как есть).
store-disk-full = на диске с файлом { $path } закончилось место: освободите место и повторите попытку; ничего не изменено.
store-cannot-open = не удалось открыть базу данных { $path }: { $reason }
store-cancelled = отменено, ничего не изменено
store-sqlite = ошибка базы данных: { $detail }
store-sqlite-read-only = ошибка базы данных: файл базы или его папка доступны только для чтения: проверьте права доступа или скопируйте файл в свою папку; ничего не изменено
store-sqlite-damaged = ошибка базы данных: файл базы повреждён: восстановите его из резервной копии
store-sqlite-disk-full = ошибка базы данных: на диске закончилось место: освободите место и повторите попытку; ничего не изменено
store-not-sqlite = это вообще не база данных SQLite
store-other-program = это база данных SQLite, созданная другой программой
store-open-folder = это папка, а не файл
store-json = не удалось прочитать сохранённые данные: { $detail }
refused-no-import = нет импорта № { $id } (список импортов: clientele imports)
refused-import-undone = импорт № { $id } уже отменён { $at }
refused-not-a-date = «{ $value }» — не дата: пишите год-месяц-день, например 1985-04-23
refused-not-an-email = «{ $value }» — не адрес эл. почты: в нём нет @
refused-sale-without-contact = строка продажи { $line } ссылается на контакт { $index } из пакета, где { $contacts ->
    [one] { $contacts } контакт
    [few] { $contacts } контакта
    [many] { $contacts } контактов
   *[other] { $contacts } контакта
}
refused-no-customer = нет клиента № { $id }
refused-no-feedback = нет отзыва № { $id }
refused-segment-without-name = у сохранённого сегмента должно быть название
refused-no-saved-segment = нет сохранённого сегмента с названием «{ $name }»
refused-no-merge-given = не указано, какое объединение отменить
refused-no-merge = нет объединения № { $id } (список объединений: clientele merges)
refused-merge-undone = объединение № { $id } уже отменено { $at }
refused-same-person = клиент № { $id } не может быть «другим человеком» для самого себя
refused-erased = клиент № { $id } удалён { $at }, его нельзя объединить
refused-unknown-merge-field = в сохранённом объединении указано неизвестное поле «{ $column }»
refused-nothing-to-merge = не указано, каких клиентов объединить с клиентом № { $id }
refused-into-itself = клиента № { $id } нельзя объединить с самим собой
refused-listed-twice = клиент № { $id } указан дважды
refused-undo-later-first = объединение № { $id } нельзя отменить раньше объединения № { $later }, которое позже присоединило его клиента № { $survivor } к клиенту № { $root }: сначала отмените объединение № { $later } или оба сразу (clientele unmerge { $together })
refused-survivor-merged = объединение № { $id } нельзя отменить, пока клиент № { $survivor } присоединён к клиенту № { $root }
refused-too-large-sum = итог по суммам больше, чем может хранить Clientele (около 92 000 000 000 000 000): в файле есть слишком большая сумма. Ничего не изменено.
settings-unknown-locale = Clientele не знает локаль «{ $locale }»; выберите одну из: { $known }.
settings-not-a-currency = «{ $currency }» — не код валюты; укажите три буквы, например RUB, EUR или USD.
settings-not-a-country = «{ $country }» — не код страны; укажите две буквы, например RU, FR или US.
settings-shop-name-too-long = Название магазина длиннее { $max ->
    [one] { $max } символа
   *[other] { $max } символов
}.
refused-in-plan = объединение { $index } из { $of } (клиент № { $survivor }): { $cause }; ничего не объединено

refused-already-merged = клиент № { $id } уже присоединён к клиенту № { $root }{ $merge ->
    [none] {""}
   *[other] {" "}объединением № { $merge }
}; объединяйте с клиентом № { $root }
