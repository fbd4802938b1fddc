print(None * [1])  # error: TypeError: can't multiply sequence by non-int of type 'NoneType'
