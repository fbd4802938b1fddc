if True:
	print(1)  # out of scope: a tab in indentation
