# The Import tab's words that had no message of their own.
import-words-file-holds = В файле:
import-words-read-as-feedback = Прочитать как отзывы (опросы, отзывы, жалобы)
import-words-keep-as-extra = Сохранить как дополнительное
import-words-preview = Первые строки ({ $rows }) так, как они будут прочитаны. Выберите над каждым столбцом, что в нём; столбцы, сохранённые как дополнительные, записываются с каждой записью, ничего не теряется.
