import HITCompiler
print("hitc")
