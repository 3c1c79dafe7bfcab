dedup-phone-fixed-line = тот же городской телефон
dupdiag-level-same-fixed-line = совпадает (городской)
