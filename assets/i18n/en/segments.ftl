## The customer segments (RFM): their names, what each means and what to do about it.
## The names are those CRM and e-commerce tools use in the language (see docs/glossary.md).

segment-champions = Champions
    .meaning = Bought recently, buy often and spend the most.
    .action = Thank them; ask for reviews; show them new products first.
segment-loyal = Loyal
    .meaning = Buy regularly and come back often.
    .action = Offer the loyalty programme and products that go with what they buy.
segment-potential-loyalists = Potential loyalists
    .meaning = Recent customers who have come back a few times.
    .action = Invite them to the loyalty card; suggest what others bought next.
segment-new-customers = New customers
    .meaning = Bought for the first time very recently.
    .action = Welcome them and make the second visit easy.
segment-promising = Promising
    .meaning = Bought recently, but only once so far.
    .action = Remind them of the shop with a small offer for a second visit.
segment-need-attention = Need attention
    .meaning = Average on every count, and slipping.
    .action = Send a personal offer based on what they bought before.
segment-about-to-sleep = About to sleep
    .meaning = Have not bought for a while and did not buy much.
    .action = Win them back with a limited-time offer before they forget the shop.
segment-at-risk = At risk
    .meaning = Used to buy often, but not for a long time.
    .action = Write to them personally with a good reason to come back.
segment-cant-lose-them = Can't lose them
    .meaning = Big spenders who have not come back for a long time.
    .action = Call them personally.
segment-hibernating = Hibernating
    .meaning = Bought little, long ago.
    .action = Include them in seasonal mailings only; do not spend much on them.

## Lifecycle stages.
lifecycle-new = new
lifecycle-active = active
lifecycle-at-risk = at risk
lifecycle-lapsed = lapsed
