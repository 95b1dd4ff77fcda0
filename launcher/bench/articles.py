#!/usr/bin/env python3
"""N plain-text articles made from the bundled sample, with varied places, names, days and numbers, so no
two are alike (the bench commands' input).  usage: articles.py N OUTDIR SAMPLE"""
import random
import sys

n, out, sample = int(sys.argv[1]), sys.argv[2], sys.argv[3]
text = open(sample, encoding="utf-8").read()
towns = ["Rotterdam", "Antwerp", "Hamburg", "Gdansk", "Valencia", "Piraeus", "Genoa", "Le Havre"]
names = ["Marta Jansen", "Ana Costa", "Lena Berg", "Omar Haddad", "Ines Moreau", "Piotr Nowak"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
rnd = random.Random(7)
for i in range(n):
    t = text.replace("Rotterdam", rnd.choice(towns)).replace("Marta Jansen", rnd.choice(names))
    t = t.replace("Thursday", rnd.choice(days)).replace("6 per cent", "%d per cent" % rnd.randint(2, 9))
    open("%s/story-%05d.txt" % (out, i), "w", encoding="utf-8").write(t)
