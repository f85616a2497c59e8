/// Common given names and the gender each most often carries, for the pronoun gender of a person
/// the document itself gives no evidence for (no title, no "he"/"she" tied to them yet).
///
/// Source: the name data of nomquamgender 0.1.4 (Van Buskirk, Clauset and Larremore, "An
/// open-source cultural consensus approach to name-based gender classification", ICWSM 2023; MIT
/// licence), which pools 36 national and international name–gender sources. Kept: names in at
/// least 20 of those sources with at least 5,000 bearers, written in ASCII letters, whose share of
/// women is at most 5% (male) or at least 95% (female); 1286 male and 1662 female names, from
/// every region the sources cover, not one country or one era. Names used by both (Jean, Andrea,
/// Kim; 662 names, same sources and counts) are listed apart: they show a person, but their
/// gender comes from the document or stays unknown.
extension Lexicon {
  static let maleGivenNames: [String] = words(
    """
      aaron abdallah abdel abdelkader abdul abdullah abe abel abner abraham abram ace achille adam adem adil aditya \
      adnan adolf adonis adrian adriano agustin ahmad ahmed ahmet aidan aiden ajay akram aksel alain alan alastair \
      alban albert alberto albin alden aldo alec alejandro aleksandar aleksander aleksandr alen alessandro alessio \
      alexander alexandre alexandro alexandru alexey alf alfonso alfred alfredo alistair allan allen alonso alonzo \
      aloysius alphonse alton alvaro alvin amadeo ambrose ameer amin amir ammar amos anas anatole anders anderson \
      andras andre andreas andrei andrej andres andrew andrey andrzej angelo angus anthony antoine anton antoni \
      antonin antonino antonio antony anwar archer archibald archie arjun arlo arman armand armando armin arnaud \
      arne arno arnold aron arron art arthur artur arturo arvid arvin aryan asher aston attila augustin augusto \
      augustus aurelio avi avraham axel aydin ayman aymen ayoub aziz balazs barnabas barney barry bart basil ben \
      benedict benito benjamin bennett benny benoit benson bentley bernard bernardo bernd bernhard bert bertram \
      bertrand bilal bill billy bjarne bjorn bob bogdan boris boyd brad bradford bradley brady brahim bram brandon \
      branko brayan brayden brendan brendon brent bret brian brice bruce bruno bryan bryant bryce burt byron cain \
      caleb callum calum calvin camilo carl carlo carlos carlton carmelo carsten carter casimir casper cedric cesar \
      chad chaim charles chase chester christian christof christoph christophe christopher christos cian ciaran \
      clark claudio clay clayton clemens clement cliff clifford clifton clint clinton clive clyde cole colin collin \
      connor conor conrad constantin cormac cornelius craig cristian cristiano cristobal cristopher csaba curt \
      curtis cyril dalton damian damien damir damon danial daniel danilo danny dante daren dario darius darko darrel \
      darrell darren darrin darryl darwin dave david davide davin davis davy dawson dean declan dejan denis dennis \
      denzel dereck derek derick derrick desmond dexter dick didier diego dieter dietrich dillon dimitri dimitrios \
      dino dirk dmitri domenic domenico dominic dominick dominik don donald donato donnie donovan douglas dragan \
      drake duane duke duncan dustin dwayne dwight dylan eamon eamonn earl ed eddie eddy edgar edison edmond edmund \
      edouard edson eduard eduardo edvard edvin edward edwin einar eldon elias eliezer elijah elio eliot eliott \
      eliseo elliot elliott elmer elmo elton elvis elyas emanuel emil emiliano emilio emmanuel emmet emmett emre \
      enes enoch enrico enrique enzo ephraim eric erich erick erik ernest ernesto ernie ernst errol ervin erwan \
      erwin espen esteban ethan etienne euan eugen eugene eugenio evan everett evert ewan ewen ezekiel ezequiel ezio \
      ezra fabian fabien fabio fabrice fabrizio faisal fares farid faris fatih fausto federico felipe felix \
      ferdinand ferenc fergus fernando fidel filip filipe filippo finn flavio fletcher florent florian florin floyd \
      flynn forrest fouad francesco francisco franciszek franck franco francois frank franklin frans franz fraser \
      fred freddy frederic frederick frederik fredric fredrick fredrik friedrich fritz gabor gabriel gaetano gareth \
      garrett garry garth gary gaspard gaston gavin geoffrey georg georges georgios gerald gerard gerardo gerhard \
      german gerrit gheorghe giacomo gian giancarlo gianluca gianni gideon gil gilbert giles gilles gino giorgio \
      giovanni giuliano giulio giuseppe glen glenn gonzalo goran gordon graeme graham grant grayson greg gregg \
      gregor gregorio gregory griffin grzegorz guido guillaume guillermo gunnar gunter gunther gus gustav gustavo \
      guy habib hakan hakeem hakim hal halil hamid hamilton hamish hamza hank hannes hans harald haris harlan harold \
      harris harrison harry harun harvey hasan hassan heath hector heinrich heinz helmut hendrik henning henri \
      henrik henry henryk herbert herman hermann herve hicham hiram holger homer horst howard hubert hudson hugh \
      hugo huseyin hussein iain ian ibrahim ibrahima idris ignacio igor iker ilan ilias ilyas imad immanuel imran \
      inigo ioan irvin irving irwin isaac isaak isac isaiah isak ismael ismail issam istvan ivan ivar ivo jace jacek \
      jack jackson jacob jacques jake jakob jakub jamal james jamil janos jared jari jaroslav jarvis jason jasper \
      javier jawad jay jayson jed jeff jefferson jeffery jeffrey jeffry jens jenson jerald jeremiah jeremie jeremy \
      jerome jesper jesus jim jimmy joachim joakim joao joaquim joaquin joe joel johan johannes john johnathan \
      johnny johnson johny jon jonah jonas jonatan jonathan jonathon jonny jordi jorg jorge jorgen joris josef \
      joseph josh joshua josiah josip josue jovan jozef jozsef juan julian julien julio julius junior jurgen justin \
      kaan kacper kaj kaleb kalvin kamal kamel kamil kane kareem karim karl karsten kaspar kasper keanu keenan keith \
      kelvin kemal ken kenan kendrick kenji kenneth kenny kent kenzo keven kevin khaled khalid khalil kian kieran \
      kieron kilian killian king kingsley kingston kirk kjell klaus knut konrad konstantin konstantinos kristian \
      kristof kristofer kristoffer kristopher krzysztof kurt kurtis lachlan lambert lance landon larry lars lasse \
      laszlo laurent lawrence leander leandro leif leland lemuel lennart leo leon leonard leonardo leonel leonidas \
      leopold leroy lester lev levente levi levin levon lewis liam lincoln lino linus lionel livio lloyd loic lorenz \
      lorenzo louis lowell luc lucas lucian luciano lucien lucio ludovic ludwig luigi luis luiz lukas lukasz luke \
      luther lyle lyndon mac maciej maddox magnus mahdi mahmoud maksim malachi malcolm malik mamadou manfred manuel \
      marc marcel marcelino marcello marcelo marcin marco marcos marcus marek mariano marino mario marius mark marko \
      markus marlon marshall martin marvin marwan mason massimo mate matej mateo mateusz mathew mathias mathieu \
      matias mats matt matteo matthew matthias matthieu mattias matyas maurice mauricio maurizio mauro maverick max \
      maxim maximilian maximiliano maximilien maximillian maximus maxwell mehdi mehmet melvin melvyn mervin michael \
      micheal michiel mickael miguel mikael mikail mike mikel mikhail miles milo milos milton mirko miro miroslav \
      mitch mitchel mitchell mohamad mohamed mohammad mohammed moise moises monty moritz morris morten moses moshe \
      mostafa mounir mourad moussa muhammad muhammed murat murray musa mustafa mustapha myles myron nabil naim \
      napoleon nasir nasser natan nate nathan nathanael nathaniel neal ned neil nelson nestor neville newton niall \
      nicholas nick nickolas nico nicolae nicolai nicolas niels nigel nikhil niklas nikolai nikolas nikolaus nils \
      nimrod noah nolan norbert norman nuno odin oisin olaf ole oleg oliver olivier omar omer oren orion orlando \
      oscar oskar osman oswald otis otto oumar ousmane oussama owen pablo paolo pascal pasquale patric patricio \
      patrick patrik patryk paul paulo pavel pawel pedro per percy petar pete peter petr phil philip philipp \
      philippe phillip pierce pierre pieter pietro piotr pol preston prince quentin quintin quinton rachid rafael \
      raffaele ragnar raheem rahul rainer ralf ralph ramon ramsey randal randall randolph raoul raphael rashad raul \
      raymond reece reed reggie reginald reid reinhard reinhold renato renzo reuben rex rhys ricardo riccardo \
      richard richie rick ricky rico rishi rob robert roberto rocco rocky rod roderick rodney rodolfo rodrigo roel \
      roger rohan roland rolando rolf romain roman romeo ron ronald ronaldo ronan roy royce ruben rudolf rudolph \
      rudy rufus rupert russell ryan ryder saad sabri sahil salah salih salim salman salomon salvador salvatore \
      sameer samir samson samuel samy sander sandor sandro santiago santino santo saul scott seamus sean sebastian \
      sebastien selim serge sergey sergio seth severin shaun shlomo siegfried sigmund silas silvano silvio simeon \
      simon sinan solomon soren spencer stan stanislav stanislaw stanley stefan stefano steffen stephan stephen \
      sterling stevan steve steven stewart stuart sullivan sven sylvain sylvester szymon tadeusz taha tamas tarek \
      tarik tariq ted teddy teodor terence terrance terrence thaddeus theo theodor theodore thiago thibault thierry \
      thomas thor tiago tibor tim timmy timo timon timothee timothy tino tito titus tobias todd tom tomas tomasz \
      tommaso tommy tor torsten travis trent trevor trey tristan troy ty tyrell tyron tyrone tyson ugo ulrich umar \
      uriel usman vadim valentin valentino valerio vasile vernon vicente victor viktor vince vincent vincenzo virgil \
      vito vittorio vladimir volker wade wael waldemar walid wallace walter warren wassim wayne werner wesley \
      westley weston wilbert wilbur wilfred wilfrid wilhelm will willem william wilson winston wojciech wolfgang \
      wyatt xander xavier yahya yanis yann yannick yannis yasin yasser yassin yassine yehuda yoel yohan yosef youcef \
      younes yousef youssef yunus yusuf yvan zac zach zachariah zachary zack zaid zain zak zakaria zakariya zayd \
      zbigniew zeke zoltan zoran zsolt
    """)

  static let femaleGivenNames: [String] = words(
    """
      aaliyah abbie abby abigail ada adela adelaide adele adelia adelina adeline adelle adina adriana adrianna \
      adrianne adrienne agata agatha agathe agnes agnieszka aicha aida aila aileen aimee aina aisha aisling aja \
      alaina alana alanna alannah alayna alba alberta albina alda alea alecia alejandra aleksandra alena alesia \
      alessandra alessia aleta alexa alexandra alexandria alexia alia alice alicia alicja alida alina aline alisa \
      alise alisha alison alissa aliya aliyah aliza allegra allyson alma althea alvina alya alyce alycia alysa \
      alysha alysia alyson alyssa amaia amalia amalie amanda amandine amaya amber amelia amelie amie amina aminah \
      aminata amira amna amy ana anabel anabella anabelle anais anastacia anastasia andreia aneta anette angela \
      angele angelia angelica angelika angelina angeline angelique angie ania anica anika anina anisa anisha anissa \
      anita anja anjali anke ann anna annabel annabella annabelle annalisa annalise annamaria annamarie anne anneli \
      anneliese annelise annemarie annette anni annick annie annika anny anouk antje antoinette antonella antonette \
      antonia antonietta antonina anu anya aoife april arabella ariadna ariadne ariana ariane arianna arianne \
      ariella arielle arleen arlene arlette arwen asha ashlee ashleigh asia asma asmaa asta astrid asya athena \
      audrey augusta aura aurelia aurelie aurora aurore autumn ava avril awa aya ayah ayana ayanna ayesha ayla aylin \
      ayse aziza azra babette barbara beata beate beatrice beatrix beatriz becky belen belinda bella belle benedicte \
      benita bente berenice bernadette bernice berta bertha bess beth bethany betsy bettina betty beverley beverly \
      bianca bianka bibiana birgit blanca blanche blanka bonita bree brenda brenna bria briana brianna brianne \
      bridget brigitta brigitte brita britta brittany brittney bronwyn bruna caitlin caitlyn calista callie camelia \
      camila camilla candace candice candida candy cara caren carina carine carissa carla carlene carlotta carly \
      carmela carmen carola carole carolin carolina caroline carolyn carrie caryn casandra cassandra cassie catalina \
      catarina caterina catharina catharine catherine cathleen cathrine cathryn cathy catrina catriona cecile \
      cecilia cecily celena celeste celestina celia celina celine chana chanel chanelle chantal chantel chantelle \
      charissa charity charleen charlene charline charlize charlotta charlotte charmaine chaya chelsea chelsey \
      chelsie cherie cherry cheryl chiara chloe christa christel christelle christiana christiane christina \
      christine chrystal ciara cindy claire clara clarice clarissa clarisse claudette claudia claudine clea \
      clementine cloe colette colleen constance cora coral coralie cordelia corina corine corinna corinne cornelia \
      cristina crystal cynthia dagmar dahlia daisy dalia dalila damaris danae dania danica daniela daniella danielle \
      danika danna danuta daphne daria darja darla darlene davina dawn dayna deana deanna debbie debby debora \
      deborah debra deena deirdre delia delilah della delphine demi dena denice denise desiree diana diane dianna \
      dianne dilara dina dinah dionne dolly dolores dominika dona donia donna dora dorcas doreen dorina dorinda \
      doris dorota dorothea dorothy ebony eda edita edith edna edwina effie eila eileen eira ekaterina ela elaine \
      elana elda eleanor eleanora eleanore elena eleni eleonora eleonore eliana eliane elicia elida elif elin elina \
      eline elinor elisa elisabet elisabeth elisabetta elise elissa eliza elizabeth elke ella elle ellen elli ellie \
      elly elma elmira elna elodie eloisa eloise elora elouise elsa else elsie elva elvina elvira elyse elysia \
      elyssa elzbieta ema emanuela emelia emelie emeline emely emese emilia emilie emilija emily emine emma \
      emmanuelle emmeline emmi emmie emy ena enya erica ericka erika erna ernestine eryn esma esmee esmeralda \
      esperanza estela estella estelle ester esther estrella eszter ethel etta eugenia eugenie eunice eva evangelina \
      evangeline eve evelin evelina eveline evelyn evelyne evie evy ewa fabiana fabienne faith faiza fanny farida \
      farrah fatiha fatima fatimah fatma fatoumata faye federica felicia felicity fernanda filippa filomena fiona \
      flavia fleur flora florence florencia florentina franca frances francesca francine francisca francoise \
      franziska freda freya frida frieda gabriela gabriella gabrielle gaia galina gemma genevieve georgette georgia \
      georgiana georgina geraldine gerda gertrud gertrude ghislaine giada gianna gilda gina giovanna gisela gisele \
      giselle giulia giuliana giuseppina gladys glenda gloria grace gracia gracie graciela graziella greta gretchen \
      gudrun gwen gwendoline gwendolyn gwyneth habiba hafsa hajar haley halima halina hana hanna hannah hanne \
      hannelore harmony hatice hawa haylee hayley haylie hazel heather hedda heidi heidy helen helena helene helga \
      helina hellen heloise henna henrietta henriette hermine hester hiba hilda hilde hollie honey hope ida ilana \
      ilaria ileana iliana ilona ilse imelda imogen ina inaya india indira ines inez inga ingeborg inger ingrid inka \
      inna ioana iona iqra irena irene irina iris irma iryna isabel isabela isabell isabella isabelle isadora isha \
      isis isla isobel iva ivana ivanka ivanna ivonne ivy izabela izabella jaana jacinta jaclyn jacqueline jacquelyn \
      jada jade jamila jana janel janelle janessa janet janette janice janie janina janine janna jasmina jasmine \
      jayne jazmin jazmine jeanette jeanine jeanna jeanne jeannette jeannie jeannine jelena jemima jemma jenifer \
      jenna jenni jennie jennifer jenny jessica jessika jill jillian joana joanna joanne jocelyne jodie joelle \
      johana johanna johanne jolanda jolanta joleen jolene jolie josefa josefina josefine josephine josette josiane \
      josie joy joyce juana juanita judit judith judy julia juliana juliane julianna julianne julie julienne juliet \
      julieta juliette justina justine justyna kaia kaija kaitlin kaitlyn kaja kala kamila kamilla karima karin \
      karina karine karla karly karmen karolina karoline karyn kasandra kassandra katalin katalina katarina \
      katarzyna kate katelyn katerina katharina katharine katherine kathleen kathrin kathrine kathryn kathy kati \
      katia katie katina katja katrin katrina katrine katy katya kaycee kayla kaylee kayleigh kaylin keila keira \
      keisha kelli kellie kelsie kendra kenza keren kerstin khadija khadijah kiana kiara kiera kimberley kimberly \
      kinga kirsten kirsti kirstie kirstin kirsty kitty klara klaudia kourtney krista kristal kristel kristi kristin \
      kristina kristine kristy krystal krystyna kyla kylie kyra laetitia laila laina lamia lana lani lara larisa \
      larissa latifa latoya laura laure laureen laurene lauretta lauryn lavina lavinia layla lea leah leana leandra \
      leann leanna leanne leena leia leila leilani lela lelia lena lene lenka lenora lenore leona leonie leonor \
      leonora leora leticia letitia letizia lexi lexie leyla lia liana liane lianna lianne lida lidia lidija lila \
      lilah lili lilia liliana liliane lilianna lilith lilja lilla lilli lillie lilly lily lina linda linette linnea \
      lisa lisbeth lise lisette liv livia liz liza lizette lizzie lola lolita lona lora loraine loredana lorelei \
      lorena lorenza loretta lori lorie lorine lorna lorraine lotta lotte lottie louisa louise lourdes luana lucia \
      luciana lucie lucienne lucille lucinda lucy ludmila luella luisa luise luna luz lydia lyla lynda lyndsey \
      lynette lynne lyra mabel madelaine madeleine madeline madelyn maelle maeve magali magda magdalena magdalene \
      maggie maia maija maira maire maisie maite maja majda malaika malena malgorzata malia malika malina malvina \
      mamie manal mandy manon manuela manuella mara marcela marcelina marcella marcia marcie marcy maren margaret \
      margareta margarete margarita margaux margherita margit margo margot margret marguerite mari maria mariah \
      mariam mariama mariana mariann marianna marianne maribel marie mariel mariela mariella marielle marietta \
      mariette marija marika marilou marilyn marina marine marisa marisol marissa marit marita mariya marja marjorie \
      marla marlena marlene marnie marsha marta martha marthe martina martine marwa mary maryam maryann maryanne \
      marylin marylou maryse mathilda mathilde matilda matilde maud maude maura maureen mavis maxine maya mayra \
      meagan medina meg megan meghan melani melania melanie melany melia melina melinda melisa melissa melodie \
      melody mercedes mercy meri meriem meryem meta mette mia micaela michaela michela micheline michelle mihaela \
      mikaela mila milana mildred milena miley milica milla millicent millie milly mimi mina mindy minerva minna \
      minnie mira miranda mireille mirella mireya miriam mirjam mirjana mirna mitzi miya moira mollie molly mona \
      monica monika monique morgane mya myra myriam myrna nabila nada nadia nadine nadja naia naila naima nala nancy \
      nanette naomi naomie natacha natalia natalie natalija nataliya nataly natalya natasa natascha natasha nathalia \
      nathalie nawal naya nayla neha neila nelia nella nelli nellie nelly nena nia niamh nicole nicoleta nicoletta \
      nicolette nicolle nikole nila nina nisa nita noelia noella noelle noemi noemie nola nona nora norah noreen \
      norma noura nuria nyla octavia odette odile ofelia oksana olena olga olive olivia ona oona ophelia oriana \
      ornella otilia paloma pamela paola patience patricia patrizia patti paula paulette paulina pauline pearl peggy \
      penelope penny perla petra philippa philomena phoebe phyllis pia pilar piper pippa polly poppy portia princess \
      prisca priscilla priya prudence queen rabia rachael rachel rachele rachelle rafaela rahel rahma raina raisa \
      ramona rania raquel raya rayna rebeca rebecca rebecka rebeka rebekah rebekka regina regine reina reka rena \
      renata renate renee reyna rhea rhiannon rhoda rhonda ria richelle rima rina rita roberta rochelle roisin \
      romana romina romy rona ronda ronja rosa rosalia rosalie rosalina rosalind rosalinda rosalyn rosana rosanna \
      rosanne rosaria rose roseanne roseline rosella roselyn rosemarie rosemary rosetta rosie rosina rosita roslyn \
      rowena roxana roxane roxanna roxanne rubi ruby ruth saara sabina sabine sabrina sade sadia sadie safia safiya \
      sahra saida saira sakina saliha salima salina sally salma salome samanta samantha samara samia samira sana \
      sanaa sandra sandrine saniya sanna saoirse sara sarah sarai sarina sarita saskia savanna savannah scarlet \
      scarlett selena selene selin selina selma serafina serena serina shaina shakira shana shania shanice shanna \
      shara shari sharlene sharon shauna shawna shayla shayna sheena sheila shelley shelly sheree sherry sheryl \
      shira shirley shona shoshana sibylle siena sienna sierra signe sigrid siham silke silvana silvia simona sindy \
      sinead siobhan sira siri sofia sofie solange solveig sonia sonja sonya sophia sophie stacie stefani stefania \
      stefanie stella stephanie stephany stina sue sumaya summer susan susana susann susanna susannah susanne susie \
      suzan suzana suzanna suzanne suzette suzie suzy svenja svetlana sybil sylvia sylvie tabatha tabitha talia \
      talya tamara tamika tammy tania tanisha tanja tanya tara tasha tasnim tatiana tatjana tatyana taya tayla \
      teodora teresa terese tereza tess tessa tessie thalia thea thelma theodora theresa therese theresia tia tiana \
      tianna tiara tiffani tiffanie tiffany tilda tilly tina tisha tiziana tonia tonya tove tracie tricia trina \
      trisha trude trudy tyra ulla ulrike una ursula ute valencia valentina valeria valerie vanda vanesa vanessa \
      vania veda venus vera verena verona veronica veronika veronique vesna vicki vicky victoria vida vienna \
      viktoria viktorija vilma viola violet violeta violetta violette virginia virginie vittoria viviana viviane \
      vivienne wanda wendi wendy wilhelmina willa willow wilma winifred winona xenia ximena yana yara yasemin \
      yasmeen yasmin yasmina yasmine yelena yolanda yolande yuna yusra yvette yvonne zahra zaina zainab zaira zara \
      zaria zaynab zelda zena zeynep zina zita zoe zoey zofia zora zoya zuzana zuzanna
    """)

  static let unisexGivenNames: [String] = words(
    """
      abbey adama adan addison adel aden adria adriane adriel adrien aime aki akira al alex alexi alexis ali alix \
      alla alli allie allison ally alpha alva amal aman amani amar amara amel ami amine an anaya andi andra andrea \
      andree andria andy ane ange angel anis anson ara arda arden ares ari aria arian arie ariel arin aris arlen \
      arya aryana asa ashley ashly ashton assia aubrey august auguste augustine austin avery ayan aydan aysha bailey \
      bastian beau bela bernie beryl billie blair blaise blake bo bobbie bobby bojan bonnie bonny bowen brandy brett \
      britney britt brodie brody brook brooke brooklyn cameron camille campbell carey carin carli carmel carmine \
      carol carroll carson cary casey cassandre cassidy cecil celestine chandra charis charley charlie charly \
      cheyenne chris christen christie christin christy clair clare clarence claude clemence cleo coby cody coleen \
      connie constantine cooper corey cori corrie cory courtney cruz cyrus daan dakota dale dallas dan dana dane \
      dani daniele dany dara darcy darian darien darin daryl deniz denny deon destiny devan deven devin devon \
      diamond dian dilan dion divine diya dominique donny dorian drew edel eden edie eli elia elian elie elis elisha \
      ellis elvin ely elza emerson emery emi emile emir emmy enid eren erin esa esme esra evans farah fay felice \
      finlay finley flor forest fran france francis frankie freddie gabriele gaby gael gail galen gayle gena gene \
      genesis george gerd germaine gerry gia gillian ginger glory guadalupe hailey hanan harley harper harri harriet \
      hayat hayden hedi heike hilary hillary hilton hind holly honor hunter ike ikram ila ilham ilhan iman imani \
      imre indiana inge ion ira isa isidora israel issa jackie jacky jad jaden jael jai jaime jaimie jameson jami \
      jamie jan jane jani janis janka janne jaqueline jara jasmin jaya jayce jayden jayme jean jena jensen jerry \
      jerzy jess jesse jessi jessie jessy jewel jimi jo joan joann jocelyn jodi jody joey johann johnnie joni jordan \
      jordy jose jude judi jules juli jun june justice kacey kai kaila kali kalle kara karan karel karen kari karma \
      karol kasey kata kay kaya kaye keegan kelley kelly kelsey kendal kendall kenna kennedy kenzie keri kerri kerry \
      keziah kia kim kimi kira kiran kit kobe kora kory kris krishna kristan kristen kyle lamar lane laurel lauren \
      laurence lauri laurie lee leigh len leni lennie lennon lennox lenny leone lesley leslie lex li lian libby \
      lilian lillian lin lindsay lindsey lindy linn liya logan lois loran loren lorin loris lorne lou louie luan \
      luca luce lucile lucius luka lulu lyn lyndsay lynn mackenzie macy maddison madison madonna mae mael mai malak \
      malek malin mallory manel marcell marcelle marian marin marion marjan marleen marlen marley marlin marlo marti \
      marty mathis matti mattia maxime may meaghan mel melek meredith merle merlin merrick meryl micah micha michal \
      michel michele mickey mika milan miller miracle miran mischa misha morgan muriel myrtle nadir nan nana nassim \
      natali nell neo neva nevin nichole nicki nicky nicola nika niki nikita nikki niko nikola nil nino noa noam noe \
      noel noor nour nova ola orin orla paige pal paris parker pascale pat patrice patsy perry peyton phoenix \
      precious quincy quinn rae rami rana randi randy raven ray rayan reda regan remi remo remy rene reva rey rian \
      riley rio river robbie robby robin robyn roma roni ronnie ronny rory rosario ross rowan roxy rubin rudi rui \
      rune sabah sacha safa said salem sam sami sammy sandi sandy sanja sari sascha sasha sena seren shane shani \
      shannon shawn shay shayne shelby sheldon shreya sian sidney silva silvan simone simran sina sky skye skylar \
      skyler smith sol sonny soraya stacey stacy stephane stevie storm sultan sunny sydney syed tai tamar tami tana \
      tao tate tayler taylor tea tegan teo teri terri terry thi timea tine tobin toby toma tomi tommi tommie toni \
      tony tore tori torin tracey tracy trinity tyler ulysses urban valentine valery van veera vita vivian vivien \
      walker ward whitney willie willy winnie yael yan yu yuri yves zane zia zion zola
    """)
}
