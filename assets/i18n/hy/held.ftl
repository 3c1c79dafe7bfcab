## Պահված, բայց չհաշվված պատվերներ (դեռ չվճարված, չեղարկված, ձախողված), և անանուն
## վաճառքները խանութի ընդհանուր թվերում։

# $orders: how many orders.
held-note-paid = { $orders ->
    [one] Նախորդ ներմուծման { $orders } սպասող պատվերն այժմ վճարված է. հաշվվել է մեկ անգամ՝ այստեղ։
   *[other] Նախորդ ներմուծման { $orders } սպասող պատվերներն այժմ վճարված են. հաշվվել են մեկ անգամ՝ այստեղ։
}
# $orders: how many orders.
held-note-already = { $orders ->
    [one] { $orders } պատվերն արդեն ներմուծվել էր նույն տեսակի ֆայլից. բաց է թողնվել, երկու անգամ չի հաշվվել։
   *[other] { $orders } պատվերներն արդեն ներմուծվել էին նույն տեսակի ֆայլից. բաց են թողնվել, երկու անգամ չեն հաշվվել։
}
held-detail-title = Չհաշվված պատվերներ
held-detail-hint = Դեռ չվճարված, չեղարկված կամ ձախողված վճարումով պատվերներ. պահվում են այնպես, ինչպես ֆայլում են, և չեն մտնում ոչ հասույթի, ոչ էլ այլ ցուցանիշների մեջ։ Ավելի ուշ վճարված պատվերը հաշվվում է ավելի նոր ֆայլը ներմուծելիս։
# $date: the order's day; $order: its number (or held-no-number); $amount: its amount;
# $status: pending, cancelled or failed; $read: the status as the file wrote it.
held-detail-order = { $date } · { $order } · { $amount } · { $status ->
    [pending] դեռ չվճարված
    [cancelled] չեղարկված
   *[failed] վճարումը ձախողվել է
} («{ $read }»)
held-no-number = առանց պատվերի համարի
# $amount: the walk-in sales' revenue in the same period.
held-walk-in-part = որից անանուն վաճառքներ՝ { $amount }
# A line of the report's key figures, under the revenue.
held-report-walk-in = որից անանուն վաճառքներ
