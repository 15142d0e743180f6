// Runs after each build of the Quick start project: the build passing is not enough, the
// metamodel must have been generated and every test must have run, on the expected JUnit.

def fail = { String message -> throw new AssertionError(message) }

def classes = new File(basedir, 'target/classes/com/example/shop')
for (name in ['Product_', 'Product_Dimensions_']) {
    if (!new File(classes, name + '.class').isFile()) {
        fail("the metamodel class $name was not generated")
    }
}

// Every @Test in the sources must appear in Surefire's reports, passed.
def declared = 0
new File(basedir, 'src/test/java').eachFileRecurse { f ->
    if (f.name.endsWith('.java')) {
        declared += (f.text =~ /(?m)^\s*@Test\b/).size()
    }
}
def reports = new File(basedir, 'target/surefire-reports').listFiles()
        ?.findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') } ?: []
if (reports.isEmpty()) {
    fail('Surefire wrote no test report: no test ran')
}
def ran = 0
def classPath = ''
reports.each { report ->
    def suite = new groovy.xml.XmlSlurper().parse(report)
    ran += suite.@tests.toInteger()
    def problems = suite.@failures.toInteger() + suite.@errors.toInteger() + suite.@skipped.toInteger()
    if (problems != 0) {
        fail("${report.name}: $problems tests failed, erred or were skipped")
    }
    def cp = suite.properties.property.find { it.@name == 'surefire.test.class.path' }
    if (cp.size() > 0) {
        classPath += cp.@value.toString()
    }
}
if (declared == 0 || ran != declared) {
    fail("the sources declare $declared tests, Surefire ran $ran")
}

// The JUnit on the test class path is the one asked for (the pom's junit.version unless the
// invocation overrides it), and only that one.
def pom = new File(basedir, 'pom.xml').text
def wanted = binding.hasVariable('junitVersion') && junitVersion ? junitVersion
        : (pom =~ /<junit\.version>([^<]+)<\/junit\.version>/)[0][1]
def found = (classPath =~ /junit-jupiter-api-([0-9][^\/\\]*?)\.jar/).collect { it[1] }.unique()
if (found != [wanted]) {
    fail("expected junit-jupiter-api $wanted on the test class path, found $found")
}

if (binding.hasVariable('mavenSeries') && mavenSeries) {
    def log = new File(basedir, 'build.log').text
    if (!(log =~ /Apache Maven ${java.util.regex.Pattern.quote(mavenSeries)}\./)) {
        fail("the build did not run on Maven $mavenSeries")
    }
}

println "Quick start: metamodel generated, $ran of $declared tests passed on JUnit $wanted"
return true
