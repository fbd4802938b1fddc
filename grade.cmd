@echo off
rem pymem-kit grader launcher for Windows; mirrors ./grade. Builds what it needs with Maven on first use
rem (mvn, else the wrapper mvnw.cmd), then runs the grader jar with the arguments given and passes its exit
rem code through.
rem   grade.cmd             grade the exercises in this working tree
rem   grade.cmd --help      everything else
setlocal
set "KIT=%~dp0"
if "%KIT:~-1%"=="\" set "KIT=%KIT:~0,-1%"
set "JAR=%KIT%\grader\engine\target\pymem-grader.jar"

set "MVN=mvn"
where mvn >nul 2>nul
if errorlevel 1 set "MVN=%KIT%\mvnw.cmd"

rem Unlike ./grade this does not look for sources changed since the last build (cmd has no find -newer):
rem delete grader\engine\target to force a rebuild after changing the grader or the model.
set "BUILD="
if not exist "%JAR%" set "BUILD=1"
if not exist "%KIT%\exercises\model\target\classes" set "BUILD=1"
for /d %%E in ("%KIT%\exercises\0*-*" "%KIT%\exercises\1*-*") do (
  if exist "%%E\src\test\java" if not exist "%%E\target\test-classes" set "BUILD=1"
)
if not defined BUILD goto run

echo grade: building with Maven (first use)... 1>&2
pushd "%KIT%"
rem --fail-at-end: an exercise that does not compile must not keep the grader from being built.
call "%MVN%" -q -B --fail-at-end -DskipTests -Dpymem.stubTests.skip=true package 1>&2
set "BUILT=%ERRORLEVEL%"
popd
if "%BUILT%"=="0" goto run
if exist "%JAR%" if exist "%KIT%\exercises\model\target\classes" (
  echo grade: some modules did not build ^(see above^); grading what did 1>&2
  goto run
)
echo grade: the Maven build failed; run "%MVN% -DskipTests package" in %KIT% to see why 1>&2
exit /b 3

:run
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -XX:TieredStopAtLevel=1 -Xshare:auto "-Dpymem.kit=%KIT%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
