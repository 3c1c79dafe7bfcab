dedup-phone-fixed-line = 固定电话相同
dupdiag-level-same-fixed-line = 相同（固定电话）
