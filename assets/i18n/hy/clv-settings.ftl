# The shop's lifetime value settings: margin and monthly discount rate (issue 21).
clv-settings-bad-margin = Մարժան պետք է լինի տոկոս 0-ից 100, ոչ թե { $percent }։
clv-settings-bad-discount = Ամսական զեղչման դրույքը պետք է լինի 0-ից { $max } %, ոչ թե { $percent } %։
clv-settings-cli-margin = մարժա
clv-settings-cli-discount = ամսական զեղչման դրույք
clv-settings-cli-percent = { $percent } %
clv-settings-margin = Շահույթի մարժա
clv-settings-margin-tip = Յուրաքանչյուր վաճառքի այն մասը, որը մնում է ձեզ որպես շահույթ։ Հաճախորդի արժեքը հաշվվում է միայն այդ մասով (100 %՝ ամբողջ ծախսը)։
clv-settings-discount = Ամսական զեղչման դրույք
clv-settings-discount-tip = Որքանով է հաջորդ ամսվա վաճառքը ձեզ համար պակաս արժեք, քան այսօրվանը, երբ հաճախորդի արժեքը գումարվում է։ Սովորաբար 1 % ամսական։
