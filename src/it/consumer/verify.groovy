// The consumer's build passes only if its tests ran; make sure they did run, and on the module path.
def report = new File(basedir, 'target/surefire-reports/TEST-example.consumer.HeadlineTest.xml')
assert report.isFile() : "the consumer's tests did not run"
def xml = report.text
assert xml.contains('tests="2"') && xml.contains('failures="0"') && xml.contains('errors="0"')
return true
