# 4,200 different QR codes of one point each: they all land on the first page.
python3 -c 'print("title: Codes\nitems:\n" + "".join("  - heading: code %d\n" % i for i in range(4200)))' >data.yaml
