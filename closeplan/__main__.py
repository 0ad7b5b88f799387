from closeplan.cli import main

raise SystemExit(main())
