# The Import tab's words that had no message of their own.
import-words-file-holds = The file holds:
import-words-read-as-feedback = Read it as feedback (surveys, reviews, complaints)
import-words-keep-as-extra = Keep as extra
import-words-preview = The first { $rows } rows as they will be read. Choose above each column what it holds; columns kept as extra are saved with each record, nothing is dropped.
