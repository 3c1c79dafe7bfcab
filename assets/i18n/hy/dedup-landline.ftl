dedup-phone-fixed-line = նույն քաղաքային հեռախոսը
dupdiag-level-same-fixed-line = նույնն է (քաղաքային)
