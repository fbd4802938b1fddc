print(sum(['a'], ''))  # error: TypeError: sum() can't sum strings [use ''.join(seq) instead]
