# 「结果有多可靠？」（重复客户标签页）：店铺记录中互相替代的名字（如 Vika 与 Viktoriia），视为同一个名字。
dupdiag-forms = 您的记录中互相替代、视为同一名字的名字对数：{ $count }
dupdiag-forms-pair = { $first } / { $second }
dupdiag-forms-more = {" "}以及另外 { $count } 对
dedup-first-name-other-form = 名字的另一种写法
dupdiag-level-other-form = 另一种写法
