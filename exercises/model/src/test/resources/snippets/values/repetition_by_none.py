print([1] * None)  # error: TypeError: can't multiply sequence by non-int of type 'NoneType'
