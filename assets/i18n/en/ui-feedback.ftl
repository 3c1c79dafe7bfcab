## The Import tab: the kind of file, next to Contacts and Sales.
import-kind-feedback = Feedback

## The Feedback tab.
feedback-title = Feedback

## The Feedback tab: the heading, the count of feedback and the job in the status bar.
feedback-what-customers-say = What customers say
feedback-empty = No feedback yet. Import survey answers or reviews in the Import tab (choose "Feedback"), add a phone complaint from a customer's details, or load the demo shop.
feedback-job = Working out the feedback figures
feedback-job-starting = Starting
# $count: how many pieces of feedback; $shown: the same number as written on screen; $date: the last day, as written on screen.
feedback-pieces-up-to = { $count ->
        [one] { $shown } piece of feedback up to { $date }.
       *[other] { $shown } pieces of feedback up to { $date }.
    }

## The Feedback tab: the cards at the top.
feedback-nps = Net Promoter Score
feedback-nps-tip = Percent promoters (9-10) minus percent detractors (0-6); the range under it holds the true score 95 times in 100
feedback-csat = Satisfied (CSAT 4-5)
feedback-average-stars = Average stars
# $stars: the average number of stars, as written on screen.
feedback-stars-value = { $stars } ★
feedback-unhappy-and-valuable = Unhappy and valuable
# $count: how many answers; $shown: the same number as written on screen.
feedback-answers = { $count ->
        [one] { $shown } answer
       *[other] { $shown } answers
    }
# Under the Net Promoter Score. $low, $high: the ends of its 95% range; $count: how many answers; $shown: the same number as written on screen.
feedback-nps-range-answers = { $low } to { $high } · { $count ->
        [one] { $shown } answer
       *[other] { $shown } answers
    }
# Under "Unhappy and valuable". $count: how many have a complaint open for over a week; $shown: the same number as written on screen.
feedback-waiting-over-a-week = { $count ->
        [one] { $shown } waiting over a week
       *[other] { $shown } waiting over a week
    }

## The Feedback tab: the chart month by month and the sentences on buying again.
feedback-month-by-month = Month by month
feedback-no-nps-or-csat = No NPS or CSAT answers to draw.
feedback-line-nps = NPS
feedback-line-nps-range = NPS 95% range
feedback-line-csat = CSAT %
feedback-points-too-few = Too few answers to tell
feedback-did-they-buy-again = Did they buy again?
# The share in "Unhappy: 12 of 40 bought again within 90 days (…)". $share, $low, $high: percentages as written on screen.
feedback-share-likely = { $share }, most likely { $low } to { $high }
# One line under "Did they buy again?". $said: the sentence.
feedback-bought-again-line = { $said }.

## The Feedback tab: the choice of list in the lower part.
# $shown: how many, as written on screen.
feedback-part-unhappy = Unhappy and valuable ({ $shown })
# $shown: how many, as written on screen.
feedback-part-open = Open complaints ({ $shown })
feedback-part-terms = What they complain about
feedback-part-groups = Breakdown

## The Feedback tab: column headers of its lists.
feedback-column-customer = Customer
feedback-column-score = Score
feedback-column-date = Date
feedback-column-tier = Tier
feedback-column-spent = Spent
feedback-column-open-complaint = Open complaint
feedback-column-what-they-said = What they said
feedback-column-age = Age
feedback-column-channel = Channel
feedback-column-status = Status
feedback-column-term = Term
feedback-column-unhappy = Unhappy
feedback-column-happy = Happy
feedback-column-log-odds = Log-odds
feedback-column-group = Group
feedback-column-answers = Answers
feedback-column-nps = NPS
feedback-column-nps-range = 95% range
feedback-column-csat = CSAT
feedback-column-stars = Stars

## The Feedback tab: the lists.
feedback-unhappy-about = Unhappy customers (detractors, 1-2 stars or CSAT, thumbs down) among your best (value tiers A and B), by what they spent; those with a complaint open for more than a week come first.
feedback-show-this-customer = Show this customer
# In the Tier column. $tier: the tier's letter (A, B or C).
feedback-tier-cell = { $tier }
# $count: how many days; $shown: the same number as written on screen.
feedback-days = { $count ->
        [one] { $shown } day
       *[other] { $shown } days
    }
# Under a long list. $rows: how many rows are shown; $total: how many there are (both as written on screen).
feedback-first-rows-shown = The first { $rows } are shown; the buttons take all { $total }.
feedback-no-open-complaint = No complaint is waiting for an answer.
feedback-open-about = Complaints still waiting for an answer, oldest first. Resolve one with a note on what was done.
# $id: the number of the piece of feedback.
feedback-resolve-which = Resolve feedback { $id }:
feedback-what-was-done = what was done
feedback-mark-resolved = Mark resolved
feedback-cancel = Cancel
feedback-resolve = Resolve…
# A message in the status bar. $id: the number of the piece of feedback.
feedback-marked-resolved = Feedback { $id } marked resolved.
# The name of a list of customers (for "Show in Customers" and the spreadsheet).
feedback-list-open-complaints = Open complaints
feedback-several-unsolved = Several complaints unsolved: at risk of leaving
feedback-no-term = No word stands out yet: a term is listed once at least 3 unhappy customers use it more often than happy ones.
feedback-terms-about = Words and two-word phrases unhappy customers use more than happy ones, strongest first. Click a term to read what was said.
# $term: a word customers used; $count: how many pieces of feedback hold it; $shown: the same number as written on screen.
feedback-term-in = { $count ->
        [one] “{ $term }” in { $shown } piece of feedback
       *[other] “{ $term }” in { $shown } pieces of feedback
    }
# The name of a list of customers. $term: a word customers used.
feedback-list-said = Said “{ $term }”
feedback-by = By
feedback-by-channel = channel of first order
feedback-by-product = product
feedback-by-segment = segment
feedback-by-tier = value tier
feedback-by-stage = lifecycle stage
feedback-by-month = month
feedback-no-group = No scored feedback falls in any group of this breakdown.
# $low, $high: the ends of a range, as written on screen.
feedback-range = { $low } to { $high }

## A customer's details: the feedback badges beside the name.
feedback-feeling-unhappy = Unhappy
feedback-feeling-neutral = Neutral
feedback-feeling-happy = Happy
feedback-feeling-tip = How the customer felt the last time they gave a score
# $count: how many open complaints; $shown: the same number as written on screen.
feedback-open-complaints-badge = { $count ->
        [one] Open complaint
       *[other] { $shown } open complaints
    }
feedback-open-complaint-tip = A complaint waits for an answer: see Feedback below
feedback-at-risk-of-leaving = At risk of leaving
feedback-at-risk-tip = Customers whose complaints keep going unsolved are the ones about to leave

## A customer's details: the feedback list and the "Add feedback" form.
feedback-loading = Loading feedback…
feedback-nothing-said = Nothing said yet.
# $note: what the owner wrote when resolving.
feedback-resolved-note = Resolved: { $note }
feedback-add-feedback = Add feedback
feedback-day = Day
feedback-day-hint = today (YYYY-MM-DD)
feedback-where = Where
feedback-score = Score
feedback-scale-none = none
feedback-scale-nps = NPS 0-10
feedback-scale-stars = stars 1-5
feedback-scale-csat = CSAT 1-5
feedback-scale-thumbs = thumbs 0/1
feedback-text-hint = What the customer said
feedback-complaint-waits = A complaint that waits for an answer
feedback-add = Add
feedback-bad-day = Write the day as YYYY-MM-DD, for example 2026-12-06.
feedback-off-scale = The score is not on its scale.
feedback-say-something = Write what the customer said, or give a score.

## Scores, channels and states of a piece of feedback, in the lists and the customer's details.
# $score: the score as written on screen.
feedback-score-nps = { $score }/10 NPS
# $score: the score as written on screen.
feedback-score-stars = { $score } ★
# $score: the score as written on screen.
feedback-score-csat = { $score }/5 CSAT
feedback-thumbs-up = thumbs up
feedback-thumbs-down = thumbs down
feedback-status-open = open
feedback-status-resolved = resolved
feedback-channel-survey = survey
feedback-channel-review = review
feedback-channel-email = e-mail
feedback-channel-phone = phone
feedback-channel-shop = in the shop

## The Predictions tab: beside a customer with complaints still open.
# $count: how many open complaints; $shown: the same number as written on screen.
feedback-predictions-open-complaints = { $count ->
        [one] { $shown } open complaint
       *[other] { $shown } open complaints
    }
feedback-predictions-open-complaints-tip = Complaints unsolved: at risk of leaving whatever their buying says

## The Import tab, for a file of feedback.
import-feedback-about = Feedback: survey answers, reviews or complaints, each naming its customer by number, e-mail or phone.
import-feedback-job-importing = Importing the feedback
import-feedback-job-checking = Checking the feedback
import-feedback-job-reading = Reading
# $count: how many pieces were imported; $shown: the same number as written on screen; $rows: how many rows were read, as written on screen; $customers: how many customers were added; $shown_customers: the same number as written on screen.
import-feedback-imported = { $count ->
        [one] Imported { $shown } piece of feedback
       *[other] Imported { $shown } pieces of feedback
    } of { $rows } rows ({ $customers ->
        [one] { $shown_customers } new customer
       *[other] { $shown_customers } new customers
    }).
import-feedback-see-them = See them in the Feedback tab, and in each customer's details.
# $column: the header of the score column.
import-feedback-which-scale-column = What scale are the scores in column “{ $column }” on? The file does not say, and a 4 means something else on each.
import-feedback-which-scale = What scale are the scores on? The file does not say, and a 4 means something else on each.
import-feedback-scale-nps = NPS, 0 to 10 (how likely to recommend)
import-feedback-scale-stars = Stars, 1 to 5
import-feedback-scale-csat = CSAT, 1 to 5 (how satisfied)
import-feedback-scale-thumbs = Thumbs up or down (1 or 0)
# $scale: one of the scales above.
import-feedback-scores-read-as = Scores read as { $scale }.
import-feedback-change = Change
# $layout: the name of a known export (a review site's, for example).
import-feedback-layout = Recognised layout: { $layout }.
# $scale: one of the scales above.
import-feedback-layout-scale = The layout says the scores are { $scale }.
# $count: how many rows were read; $shown: the same number as written on screen; $importable, $left: how many rows can be imported and would be left out, as written on screen.
import-feedback-rows-check = { $count ->
        [one] { $importable } of { $shown } row can be imported; { $left } would be left out.
       *[other] { $importable } of { $shown } rows can be imported; { $left } would be left out.
    }
# One problem found in the file. $problem: the problem, as a sentence.
import-feedback-problem = • { $problem }
import-feedback-import = Import the feedback
