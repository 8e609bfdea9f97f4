from geograph.cli import main

main()
