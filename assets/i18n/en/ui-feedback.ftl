## The Import tab: the kind of file, next to Contacts and Sales.
import-kind-feedback = Feedback

## The Feedback tab.
feedback-title = Feedback
